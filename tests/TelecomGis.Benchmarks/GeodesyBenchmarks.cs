using BenchmarkDotNet.Attributes;
using TelecomGis.Core.Geodesy;

namespace TelecomGis.Benchmarks;

/// <summary>WGS 84 ↔ VN-2000 TM-3 (EPSG:5899), the conversion every appraisal starts with.</summary>
public class GeodesyBenchmarks
{
    private readonly ProjectionTransform _transform = ProjectionTransform.For(5899);

    [Benchmark(Description = "WGS 84 → EPSG:5899")]
    public double Forward() => _transform.Forward(107.97826, 21.53008).EastingM;

    [Benchmark(Description = "EPSG:5899 → WGS 84")]
    public double Inverse() => _transform.Inverse(523449.987, 2381658.013).LonDeg;
}

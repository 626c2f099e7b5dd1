using BenchmarkDotNet.Attributes;
using TelecomGis.Core.Coverage.Propagation.Itm;
using TelecomGis.Core.Terrain;

namespace TelecomGis.Benchmarks;

/// <summary>
/// The figure: ITM with terrain, seconds per sector at 30 m out to 10 km. One sector = a 120° wedge (three sectors per
/// site) of receiver points on a 30 m polar lattice: rings every 30 m out to 10 km, and on each ring as many azimuths as keep the
/// arc between neighbours ≤ 30 m (about 116,000 points, the number of 30 m cells in the wedge). For each point: extract the
/// great-circle profile from the mast at 30 m from the DEM, then run ITM point-to-point. Single-threaded and on every core.
/// </summary>
public class ItmSectorBenchmarks
{
    private const double RadiusM = 10_000,
        StepM = 30,
        WedgeDeg = 120;

    private static readonly ItmRadioSettings Radio = new(
        1800,
        ItmPolarization.Vertical,
        ItmClimate.MaritimeSubtropical,
        301,
        15,
        0.005,
        new ItmModeOfVariability(ItmVariabilityMode.Mobile)
    );

    private ElevationGrid _terrain = null!;
    private (double Lon, double Lat)[] _points = null!;

    [GlobalSetup]
    public void Setup()
    {
        _terrain = SyntheticTerrain.Build();
        var points = new List<(double, double)>();
        for (var d = StepM; d <= RadiusM + 1e-9; d += StepM)
        {
            var azimuths = (int)Math.Ceiling(WedgeDeg * Math.PI / 180 * d / StepM);
            for (var a = 0; a < azimuths; a++)
                points.Add(
                    TerrainProfiler.Destination(
                        SyntheticTerrain.CentreLonDeg,
                        SyntheticTerrain.CentreLatDeg,
                        (a + 0.5) * WedgeDeg / azimuths,
                        d
                    )
                );
        }

        _points = [.. points];
    }

    /// <summary>How many receiver points the sector has (printed by the benchmark's setup check).</summary>
    public int PointCount => _points.Length;

    [Benchmark(Description = "ITM sector, 120° × 10 km at 30 m, 1 thread")]
    public double SectorOneThread()
    {
        var buffer = new double[(int)(RadiusM / StepM) + 2];
        var sum = 0.0;
        foreach (var (lon, lat) in _points)
            sum += LossTo(lon, lat, buffer);
        return sum;
    }

    [Benchmark(Description = "ITM sector, 120° × 10 km at 30 m, all cores")]
    public double SectorParallel()
    {
        var total = 0.0;
        var gate = new object();
        Parallel.For(
            0,
            _points.Length,
            () => (Buffer: new double[(int)(RadiusM / StepM) + 2], Sum: 0.0),
            (i, _, local) =>
            {
                local.Sum += LossTo(_points[i].Lon, _points[i].Lat, local.Buffer);
                return local;
            },
            local =>
            {
                lock (gate)
                    total += local.Sum;
            }
        );
        return total;
    }

    private double LossTo(double lon, double lat, double[] buffer)
    {
        var length = TerrainProfiler.GreatCircleDistanceM(SyntheticTerrain.CentreLonDeg, SyntheticTerrain.CentreLatDeg, lon, lat);
        var samples = buffer.AsSpan(0, TerrainProfiler.IntervalsFor(length, StepM) + 1);
        if (TerrainProfiler.Sample(_terrain, SyntheticTerrain.CentreLonDeg, SyntheticTerrain.CentreLatDeg, lon, lat, samples) > 0)
            return 0;
        var r = IrregularTerrainModel.PointToPoint(samples, length / (samples.Length - 1), 30, 1.5, Radio, ItmPercentages.Median);
        return r.LossDb;
    }
}

using BenchmarkDotNet.Attributes;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Coverage.Propagation.Itm;
using TelecomGis.Core.Terrain;

namespace TelecomGis.Benchmarks;

/// <summary>
/// Per-call cost of the path-loss kernels the coverage grid calls once per cell and sector, and of the ITM point-to-point
/// mode on one 10 km profile at 30 m (335 samples) over the synthetic DEM.
/// </summary>
[MemoryDiagnoser]
public class PropagationBenchmarks
{
    private static readonly ItmRadioSettings Radio = new(
        1800,
        ItmPolarization.Vertical,
        ItmClimate.MaritimeSubtropical,
        301,
        15,
        0.005,
        new ItmModeOfVariability(ItmVariabilityMode.Mobile)
    );

    private readonly IPathLossModel _hata = new OkumuraHataModel(PropagationEnvironment.UrbanSmallMediumCity);
    private readonly IPathLossModel _uma = new Tr38901UrbanMacroModel(Tr38901LineOfSight.NonLineOfSight);
    private ElevationGrid _terrain = null!;
    private double[] _profile = null!;
    private double _spacingM;
    private (double Lon, double Lat) _end;

    [GlobalSetup]
    public void Setup()
    {
        _terrain = SyntheticTerrain.Build();
        _end = TerrainProfiler.Destination(SyntheticTerrain.CentreLonDeg, SyntheticTerrain.CentreLatDeg, 60, 10_000);
        var p = TerrainProfiler.Extract(_terrain, SyntheticTerrain.CentreLonDeg, SyntheticTerrain.CentreLatDeg, _end.Lon, _end.Lat, 30);
        _profile = p.ElevationsM;
        _spacingM = p.SpacingM;
    }

    /// <summary>The 10 km profile the ITM kernel runs on (for the NTIA peer).</summary>
    public (double[] ElevationsM, double SpacingM) Profile => (_profile, _spacingM);

    [Benchmark(Description = "Okumura–Hata, one call")]
    public double Hata() => _hata.Compute(new PathLossRequest(900, 3.7, 30, 1.5)).LossDb;

    [Benchmark(Description = "TR 38.901 UMa NLOS, one call")]
    public double Uma() => _uma.Compute(new PathLossRequest(3500, 3.7, 25, 1.5)).LossDb;

    // BenchmarkDotNet calls benchmarks on an instance; this one happens to read no field.
    [Benchmark(Description = "ITM area mode, one call")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods")]
    public double ItmArea() =>
        IrregularTerrainModel
            .Area(3.7, 90, 30, 1.5, ItmSitingCriteria.Random, ItmSitingCriteria.Random, Radio, ItmPercentages.Median)
            .LossDb;

    [Benchmark(Description = "ITM point-to-point, one 10 km profile at 30 m (335 samples)")]
    public double ItmProfile() => IrregularTerrainModel.PointToPoint(_profile, _spacingM, 30, 1.5, Radio, ItmPercentages.Median).LossDb;

    [Benchmark(Description = "profile extraction, 10 km at 30 m (335 DEM lookups)")]
    public int ExtractProfile()
    {
        Span<double> buffer = stackalloc double[335];
        return TerrainProfiler.Sample(_terrain, SyntheticTerrain.CentreLonDeg, SyntheticTerrain.CentreLatDeg, _end.Lon, _end.Lat, buffer);
    }
}

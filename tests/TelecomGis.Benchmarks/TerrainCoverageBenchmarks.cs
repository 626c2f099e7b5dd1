using BenchmarkDotNet.Attributes;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Coverage.WithTerrain;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;
using TelecomGis.Core.Terrain;

namespace TelecomGis.Benchmarks;

/// <summary>
/// One three-sector 1800 MHz site on the synthetic hilly DEM (<see cref="SyntheticTerrain"/>), its cells out to 15 km on a square
/// grid: the ITM over terrain (radials, profiles, point-to-point ITM per node, cells interpolated) against the empirical grid
/// on the same inputs, the baseline. Per site, so the whole province costs about the number of sites times this (on one core).
/// </summary>
public class TerrainCoverageBenchmarks
{
    private CoverageInputs _inputs = null!;
    private CoverageParameters _parameters = null!;
    private ElevationGrid _terrain = null!;

    [Params(1000.0, 500.0)]
    public double ResolutionM { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _terrain = SyntheticTerrain.Build();
        var frame = new MetricFrame(5899);
        var centre = frame.ToMetric(SyntheticTerrain.CentreLonDeg, SyntheticTerrain.CentreLatDeg);
        var half = (int)Math.Ceiling(15_000 / ResolutionM);
        var west = Math.Floor(centre.X / ResolutionM) * ResolutionM - half * ResolutionM;
        var north = Math.Floor(centre.Y / ResolutionM) * ResolutionM + (half + 1) * ResolutionM;
        var grid = new CoverageGrid(west, north, 2 * half + 1, 2 * half + 1, ResolutionM, 5899);
        var (x, y) = (grid.CentreX(half), grid.CentreY(half));
        var environment = PropagationEnvironment.Suburban;
        var model = PathLossModels.For(1800, environment);
        CoverageServer[] servers =
        [
            .. new[] { 0.0, 120, 240 }.Select(
                (azimuth, k) => new CoverageServer("S", k, "Viettel", Technology.G4, x, y, azimuth, 1800, 60, 30, environment, model)
            ),
        ];
        _inputs = new CoverageInputs(
            grid,
            Enumerable.Repeat(true, grid.CellCount).ToArray(),
            Enumerable.Repeat(-1, grid.CellCount).ToArray(),
            [],
            servers,
            "benchmark"
        );
        _parameters = new CoverageParameters
        {
            ResolutionM = ResolutionM,
            MaxRadiusKm = 15,
            CommunesOn = new DateOnly(2026, 1, 1),
        };
    }

    [Benchmark(Baseline = true, Description = "one site, empirical (Hata family)")]
    public long Empirical() => CoverageComputation.Run(_inputs, _parameters, maxDegreeOfParallelism: 1).Evaluations;

    [Benchmark(Description = "one site, ITM over terrain")]
    public long Itm() =>
        TerrainCoverageComputation
            .Run(_inputs, _parameters, _terrain, ItmCoverageSettings.Vietnam, maxDegreeOfParallelism: 1)
            .Coverage.Evaluations;
}

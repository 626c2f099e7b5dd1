using BenchmarkDotNet.Attributes;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Benchmarks;

/// <summary>
/// The coverage grid's per-cell kernel: one server along one full row of 301 cells of 100 m (±15 km, the default radius), so each
/// operation is one cell–sector evaluation (distance, path loss, both pattern planes, best-server update in two layers).
/// The row lies along the boresight's east–west axis (azimuth 90°), so half its cells are behind the antenna, as in the grid.
/// "direct model call" is the kernel as first written, calling the model and both arctangents per cell: the peer that the
/// tabulated profile (RadialProfile) is measured against.
/// </summary>
public class CoverageBenchmarks
{
    private const int Cells = 301;

    private CoverageGrid _grid = null!;
    private bool[] _inProvince = null!;
    private CoverageServer _server = null!;
    private RadialProfile _profile = null!;
    private AntennaPattern _pattern;
    private CoverageLayer _own = null!,
        _all = null!;
    private CoverageComputation.RowScratch _scratch = null!;

    [Params(900.0, 1800.0)]
    public double FrequencyMhz { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _grid = new CoverageGrid(0, 100, Cells, 1, 100, 5899);
        _inProvince = Enumerable.Repeat(true, Cells).ToArray();
        var environment = PropagationEnvironment.UrbanSmallMediumCity;
        _server = new CoverageServer(
            "S",
            0,
            "Viettel",
            Technology.G4,
            15_050,
            50,
            90,
            FrequencyMhz,
            60,
            35,
            environment,
            PathLossModels.For(FrequencyMhz, environment)
        );
        _pattern = new AntennaPattern(65, 10, 4);
        _profile = new RadialProfile(_server, _pattern, 1.5, 15_000);
        _own = new CoverageLayer(Technology.G4, "Viettel", Cells);
        _all = new CoverageLayer(Technology.G4, null, Cells);
        _scratch = new CoverageComputation.RowScratch(Cells + 3);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Cells, Description = "per cell: tabulated profile (the grid's kernel)")]
    public long Kernel()
    {
        Array.Fill(_own.LevelDbm, float.NegativeInfinity);
        Array.Fill(_all.LevelDbm, float.NegativeInfinity);
        var n = CoverageComputation.SiteGeometry(_grid, _inProvince, 0, 0, _server.XM, 15_000, _profile, _scratch);
        return CoverageComputation.RowForServer(_scratch, n, 0, _server, 0, _profile, _pattern, _own, _all).OutsideValidity + n;
    }

    [Benchmark(OperationsPerInvoke = Cells, Description = "per cell: direct model call")]
    public double DirectModelCall()
    {
        var best = double.NegativeInfinity;
        var model = _server.Model;
        for (var c = 0; c < Cells; c++)
        {
            var dx = (c + 0.5) * 100 - _server.XM;
            var d = Math.Abs(dx);
            var loss = model.Compute(new PathLossRequest(FrequencyMhz, Math.Max(d, 1) / 1000, _server.TxHeightM, 1.5));
            var off = AntennaPattern.OffBoresightDeg(Math.Atan2(dx, 0) * (180 / Math.PI), _server.GridAzimuthDeg);
            var depression = Math.Atan2(_server.TxHeightM - 1.5, d) * (180 / Math.PI);
            var level = _server.EirpDbm - loss.LossDb - _pattern.AttenuationDb(off, depression);
            if (level > best)
                best = level;
        }
        return best;
    }

    [Benchmark(Description = "tabulate one server's profile (1 m–15 km)")]
    public RadialProfile Profile() => new(_server, _pattern, 1.5, 15_000);
}

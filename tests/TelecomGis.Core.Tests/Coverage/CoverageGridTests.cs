using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Tests.Coverage;

/// <summary>
/// A hand-checkable grid: 2 columns × 6 rows of 1 km cells, west edge x = 0, north edge y = 6 000 (cell centres at x 500 and
/// 1 500, y 5 500 … 500). Server A (Viettel, 4G at 900 MHz, EIRP 60 dBm, 30 m, Hata urban small/medium) stands at (500, −500)
/// pointing north; server B (VNPT, same band, EIRP 40 dBm) at (1 500, 6 500) pointing south. Tilt 0°, beamwidths 65° and 10°.
/// Column 0 is commune W (600 people), column 1 commune E (1 200 people). Expected levels were computed by hand from the
/// formulas (Hata: 126.40 dB at 1 km and 151.02 dB at 5 km are COVERAGE.md's anchors):
/// <code>
/// row  col 0: A / B          col 1: A / B
///  0   −93.82 / −97.62       −94.29 / −86.72
///  1   −91.04 / −100.78      −91.70 / −97.09
///  2   −87.63 / −105.01      −88.65 / −103.25
///  5   −66.72 / −114.29      −77.62 / −113.82
/// </code>
/// </summary>
public class CoverageGridTests
{
    private static readonly GeometryFactory Wgs = new(new PrecisionModel(), 4326);

    private static CoverageParameters Parameters(double g4ThresholdDbm = -105) =>
        new()
        {
            ResolutionM = 1000,
            MaxRadiusKm = 20,
            DowntiltDeg = 0,
            VerticalBeamwidthDeg = 10,
            HorizontalBeamwidthDeg = 65,
            Thresholds = CoverageThresholds.Default with { G4Dbm = g4ThresholdDbm },
            MinGapAreaKm2 = 2,
            CommunesOn = new DateOnly(2025, 7, 1),
        };

    private static CoverageServer Server(string carrier, double x, double y, double azimuthDeg, double eirpDbm) =>
        new(
            "S-" + carrier,
            0,
            carrier,
            Technology.G4,
            x,
            y,
            azimuthDeg,
            900,
            eirpDbm,
            30,
            PropagationEnvironment.UrbanSmallMediumCity,
            new OkumuraHataModel(PropagationEnvironment.UrbanSmallMediumCity)
        );

    private static Commune Commune(string code, long population) =>
        new(code, code, AdministrativeUnitKind.Ward, null, population, 6, Validity.Since(new DateOnly(2025, 7, 1)), Wgs.CreatePolygon());

    private static CoverageInputs Inputs(params CoverageServer[] servers)
    {
        var grid = new CoverageGrid(0, 6000, 2, 6, 1000, 5899);
        var inProvince = Enumerable.Repeat(true, grid.CellCount).ToArray();
        var communeOfCell = Enumerable.Range(0, grid.CellCount).Select(i => i % 2).ToArray();
        return new CoverageInputs(grid, inProvince, communeOfCell, [Commune("W", 600), Commune("E", 1200)], servers, "test");
    }

    private static CoverageInputs TwoServers() => Inputs(Server("Viettel", 500, -500, 0, 60), Server("VNPT", 1500, 6500, 180, 40));

    [Theory]
    [InlineData(0, 5, -66.72)] // on boresight at 1 km: 60 − 126.40 (Hata) − 0.32 (vertical, 1.63° below the horizon)
    [InlineData(0, 1, -91.04)] // on boresight at 5 km: 60 − 151.02 − 0.01
    [InlineData(1, 5, -77.62)] // 45° off boresight at 1.414 km: 60 − 131.71 − (5.75 horizontal + 0.16 vertical)
    [InlineData(0, 0, -93.82)] // 6 km
    public void OneSector_ReceivedLevelIsEirpLessPathLossLessPatternAttenuation(int column, int row, double expectedDbm)
    {
        var inputs = Inputs(Server("Viettel", 500, -500, 0, 60));
        var result = CoverageComputation.Run(inputs, Parameters());
        var layer = result.Layer(Technology.G4, null)!;
        Assert.Equal(expectedDbm, layer.LevelDbm[inputs.Grid.Index(column, row)], 0.01);
        Assert.Equal(0, layer.Server[inputs.Grid.Index(column, row)]);
    }

    [Fact]
    public void BehindTheSector_TheFrontToBackRatioCapsTheAttenuationAt25Db()
    {
        // Pointing south, the cell 1 km north is straight behind: 60 − 126.40 − 25 = −91.40 dBm.
        var inputs = Inputs(Server("Viettel", 500, -500, 180, 60));
        var result = CoverageComputation.Run(inputs, Parameters());
        Assert.Equal(-91.40, result.Layer(Technology.G4, null)!.LevelDbm[inputs.Grid.Index(0, 5)], 0.01);
    }

    [Fact]
    public void TwoCarriers_TheAllCarriersLayerKeepsTheBestServerAndEachCarrierKeepsItsOwn()
    {
        var inputs = TwoServers();
        var result = CoverageComputation.Run(inputs, Parameters());
        var cell = inputs.Grid.Index(1, 0);
        var all = result.Layer(Technology.G4, null)!;
        Assert.Equal(-86.72, all.LevelDbm[cell], 0.01);
        Assert.Equal(1, all.Server[cell]);
        Assert.Equal(-94.29, result.Layer(Technology.G4, "Viettel")!.LevelDbm[cell], 0.01);
        Assert.Equal(0, result.Layer(Technology.G4, "Viettel")!.Server[cell]);
        Assert.Equal(-86.72, result.Layer(Technology.G4, "VNPT")!.LevelDbm[cell], 0.01);
        Assert.Null(result.Layer(Technology.G3, null));
        Assert.Equal(["4G all carriers", "4G VNPT", "4G Viettel"], result.Layers.Select(l => l.Label));
    }

    [Fact]
    public void BeyondTheMaximumRadius_CellsAreNotEvaluated()
    {
        var inputs = Inputs(Server("Viettel", 500, -500, 0, 60));
        var result = CoverageComputation.Run(inputs, Parameters() with { MaxRadiusKm = 3 });
        var layer = result.Layer(Technology.G4, null)!;
        Assert.Equal(-83.25, layer.LevelDbm[inputs.Grid.Index(0, 3)], 0.01); // 3 km exactly: inside
        Assert.Equal(float.NegativeInfinity, layer.LevelDbm[inputs.Grid.Index(0, 2)]);
        Assert.Equal(-1, layer.Server[inputs.Grid.Index(0, 2)]);
        Assert.Equal(5, result.Evaluations); // column 0 at 1, 2, 3 km; column 1 at 1.41 and 2.24 km (3.16 km is beyond)
    }

    [Fact]
    public void BelowOneKilometre_TheModelIsStillUsedAndTheRunCountsTheValidityNote()
    {
        var inputs = new CoverageInputs(
            new CoverageGrid(0, 1000, 1, 1, 1000, 5899),
            [true],
            [-1],
            [],
            [Server("Viettel", 500, 0, 0, 60)],
            "near"
        );
        var result = CoverageComputation.Run(inputs, Parameters());
        var v = Assert.Single(result.Validity);
        Assert.Equal(1, v.OutsideValidity);
        Assert.Equal("distance outside 1–20 km", v.Note);
        // 500 m on boresight: Hata at 0.5 km = 126.40 + 35.22·log10(0.5) = 115.80 dB, not the 1 km value.
        Assert.Equal(60 - 115.80 - 12 * Math.Pow(Math.Atan2(28.5, 500) * 180 / Math.PI / 10, 2), result.Layers[0].LevelDbm[0], 0.01);
    }

    [Fact]
    public void PerCommune_AreaAndPopulationShares()
    {
        var result = CoverageComputation.Run(TwoServers(), Parameters(g4ThresholdDbm: -90));
        var table = CommuneCoverage.Table(result).Where(r => r.Carrier is null).ToDictionary(r => r.Commune.Code);
        Assert.Equal(6, table["W"].Cells);
        Assert.Equal(4, table["W"].CoveredCells); // rows 2–5
        Assert.Equal(4.0 / 6, table["W"].AreaShare, 1e-12);
        Assert.Equal(400, table["W"].PopulationCovered, 1e-9);
        Assert.Equal(5, table["E"].CoveredCells); // rows 0 (server B) and 2–5
        Assert.Equal(1000, table["E"].PopulationCovered, 1e-9);
        Assert.Equal(4.0, table["W"].CoveredAreaKm2, 1e-9);
    }

    [Fact]
    public void Gaps_AreConnectedUncoveredAreasAboveTheMinimumWithTheirPopulation()
    {
        var result = CoverageComputation.Run(TwoServers(), Parameters(g4ThresholdDbm: -90));
        var factory = new GeometryFactory(new PrecisionModel(), 5899);
        var gap = Assert.Single(CoverageGaps.Find(result, result.Layer(Technology.G4, null)!, factory));
        Assert.Equal(3, gap.Cells); // (0,0), (0,1), (1,1)
        Assert.Equal(3.0, gap.AreaKm2, 1e-12);
        Assert.Equal(400, gap.Population, 1e-9); // 2 cells of W at 100 people, 1 of E at 200
        Assert.Equal(3e6, gap.Outline.Area, 1e-3);
        Assert.Equal(["Phường W", "Phường E"], gap.Communes);

        // Viettel alone leaves rows 0 and 1 uncovered: 4 cells. Above 4 km² minimum nothing remains.
        Assert.Equal(4, Assert.Single(CoverageGaps.Find(result, result.Layer(Technology.G4, "Viettel")!, factory)).Cells);
        var strict = CoverageComputation.Run(TwoServers(), Parameters(g4ThresholdDbm: -90) with { MinGapAreaKm2 = 4.5 });
        Assert.Empty(CoverageGaps.Find(strict, strict.Layer(Technology.G4, "Viettel")!, factory));
    }

    [Fact]
    public async Task Cache_ReturnsTheSameResultForTheSameSitesAndParametersAndComputesAgainForNewOnes()
    {
        var cache = new CoverageCache();
        var inputs = TwoServers();
        var runs = 0;
        Task<CoverageResult> Compute(CoverageParameters p) =>
            Task.Run(() =>
            {
                Interlocked.Increment(ref runs);
                return CoverageComputation.Run(inputs, p);
            });
        var first = await cache.GetOrCompute(inputs, Parameters(), () => Compute(Parameters()));
        var again = await cache.GetOrCompute(inputs, Parameters(), () => Compute(Parameters()));
        Assert.Same(first, again);
        Assert.Equal(1, runs);
        var other = await cache.GetOrCompute(inputs, Parameters(-90), () => Compute(Parameters(-90)));
        Assert.NotSame(first, other);
        Assert.Equal(2, runs);
        var without = inputs.WithoutSites(new HashSet<string> { "S-VNPT" });
        Assert.NotEqual(inputs.SiteSetVersion, without.SiteSetVersion);
        Assert.False(cache.Contains(without.SiteSetVersion, Parameters()));
    }

    [Fact]
    public void Resilience_WhenVnptsSiteFails_CommuneELosesTheCellOnlyItServed()
    {
        var inputs = TwoServers();
        var before = CoverageComputation.Run(inputs, Parameters(g4ThresholdDbm: -90));
        var after = CoverageComputation.Run(inputs.WithoutSites(new HashSet<string> { "S-VNPT" }), Parameters(g4ThresholdDbm: -90));
        var loss = Assert.Single(TelecomGis.Core.Coverage.Resilience.ResilienceAnalysis.Compare(before, after));
        Assert.Equal("E", loss.Commune.Code);
        Assert.Equal(1000, loss.PopulationCoveredBefore, 1e-9); // 5 of 6 cells of 1 200 people
        Assert.Equal(800, loss.PopulationCoveredAfter, 1e-9); // (1, 0) falls to Viettel's −94.29 dBm
        Assert.Equal(200, loss.PeopleLosingCoverage, 1e-9);
    }

    [Fact]
    public void Cancellation_StopsTheRun()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            CoverageComputation.Run(TwoServers(), Parameters(), cancellationToken: cancel.Token)
        );
    }

    [Fact]
    public void Progress_ReportsEveryRow()
    {
        var reports = new List<int>();
        var progress = new SyncProgress(reports);
        CoverageComputation.Run(TwoServers(), Parameters(), progress, maxDegreeOfParallelism: 1);
        Assert.Equal([1, 2, 3, 4, 5, 6], reports);
    }

    private sealed class SyncProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value) => reports.Add(value);
    }
}

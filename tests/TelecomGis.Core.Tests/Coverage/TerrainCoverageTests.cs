using NetTopologySuite.Geometries;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Coverage.Propagation.Itm;
using TelecomGis.Core.Coverage.WithTerrain;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;
using TelecomGis.Core.Terrain;

namespace TelecomGis.Core.Tests.Coverage;

/// <summary>
/// Coverage with the ITM over terrain, on a generated 3-arc-second tile with an east–west ridge 300 m high, 3 km north of a site
/// near Hạ Long. The site has two 900 MHz sectors, one facing north (carrier A) and one south (carrier B), so the level of a cell
/// on the north radial is sector A's alone, and a cell north of the ridge can be set against its mirror image south of the site.
/// </summary>
public class TerrainCoverageTests
{
    private const double ResolutionM = 100,
        RadiusKm = 5,
        EirpDbm = 60,
        MastM = 30,
        RxM = 1.5,
        FrequencyMhz = 900;
    private const double RidgeNorthOfSiteM = 3000;
    private static readonly MetricFrame Frame = new(5899);
    private static readonly CoverageParameters Parameters = new()
    {
        ResolutionM = ResolutionM,
        MaxRadiusKm = RadiusKm,
        CommunesOn = new DateOnly(2026, 1, 1),
    };

    /// <summary>The site on a cell centre (column 50, row 50 of a 101 × 101 grid), near 107.3° E, 21.0° N.</summary>
    private static (CoverageInputs Inputs, double SiteX, double SiteY) Inputs(double resolutionM = ResolutionM)
    {
        var near = Frame.ToMetric(107.3, 21.0);
        var west = Math.Floor(near.X / resolutionM) * resolutionM - 50 * resolutionM;
        var north = Math.Floor(near.Y / resolutionM) * resolutionM + 51 * resolutionM;
        var grid = new CoverageGrid(west, north, 101, 101, resolutionM, 5899);
        var (x, y) = (grid.CentreX(50), grid.CentreY(50));
        var inProvince = Enumerable.Repeat(true, grid.CellCount).ToArray();
        var communeOfCell = Enumerable.Repeat(-1, grid.CellCount).ToArray();
        var model = PathLossModels.For(FrequencyMhz, PropagationEnvironment.Open);
        CoverageServer[] servers =
        [
            new("S1", 0, "A", Technology.G4, x, y, 0, FrequencyMhz, EirpDbm, MastM, PropagationEnvironment.Open, model),
            new("S1", 1, "B", Technology.G4, x, y, 180, FrequencyMhz, EirpDbm, MastM, PropagationEnvironment.Open, model),
        ];
        return (new CoverageInputs(grid, inProvince, communeOfCell, [], servers, "terrain-test"), x, y);
    }

    /// <summary>
    /// A 3″ tile (the SRTM grid) of 0.3° around the site: 20 m plains with low hills, and a ridge 300 m high along the parallel
    /// <see cref="RidgeNorthOfSiteM"/> north of the site, about 500 m wide. <paramref name="northLatDeg"/> and <paramref name="westLonDeg"/> cut the tile there.
    /// </summary>
    private static ElevationGrid RidgeTile(double siteY, double northLatDeg = 21.15, double westLonDeg = 107.15)
    {
        var ridgeLat = Frame.ToWgs84(new Coordinate(Frame.ToMetric(107.3, 21.0).X, siteY + RidgeNorthOfSiteM)).LatDeg;
        const double spacing = 1.0 / 1200;
        var rows = (int)Math.Round((northLatDeg - 20.85) / spacing) + 1;
        var columns = (int)Math.Round((107.45 - westLonDeg) / spacing) + 1;
        var z = new float[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            var lat = northLatDeg - r * spacing;
            var height = 20 + 300 * Math.Exp(-Math.Pow((lat - ridgeLat) / 0.0025, 2));
            // Low hills across the radials (1 km apart, 30 m high), so that a sample a little off the radial reads another height.
            for (var c = 0; c < columns; c++)
                z[r * columns + c] = (float)(height + 15 * (1 + Math.Sin((westLonDeg + c * spacing) * 2 * Math.PI / 0.01)));
        }
        return new ElevationGrid(westLonDeg, northLatDeg, spacing, spacing, columns, rows, z);
    }

    private static float Level(CoverageResult result, string carrier, int column, int row) =>
        result.Layer(Technology.G4, carrier)!.LevelDbm[result.Grid.Index(column, row)];

    /// <summary>
    /// At 100 m (two terrain samples per range step) and at 1 km (twelve, the ones between nodes interpolated in longitude and
    /// latitude, <see cref="SiteTerrain"/>), out to 5 and 15 km.
    /// </summary>
    [Theory]
    [InlineData(100, 5)]
    [InlineData(1000, 15)]
    public void OnARadial_ACellsLossIsTheItmPointToPointLossOfTheProfileFromTheMast_To1e4Db(double resolutionM, double radiusKm)
    {
        var (inputs, x, y) = Inputs(resolutionM);
        var parameters = Parameters with { ResolutionM = resolutionM, MaxRadiusKm = radiusKm };
        var terrain = RidgeTile(y);
        var run = TerrainCoverageComputation.Run(inputs, parameters, terrain, ItmCoverageSettings.Vietnam);
        var spacing = run.Report.Geometry.ProfileSpacingM;
        var radio = ItmCoverageSettings.Vietnam.RadioFor(FrequencyMhz);
        var vertical = new RadialProfile(inputs.Servers[0], parameters.Pattern, RxM, radiusKm * 1000);
        Assert.Equal(0, run.Report.FallbackEvaluationsTotal);

        // Cells due north of the mast lie on radial 0 at whole range steps: in front of the ridge, on it and behind it.
        var stepsToRadius = (int)(radiusKm * 1000 / resolutionM);
        foreach (var steps in Enumerable.Range(1, stepsToRadius))
        {
            var cell = new Coordinate(x, y + steps * resolutionM);
            var profile = TerrainProfiler.Extract(terrain, Frame, new Coordinate(x, y), cell, spacing);
            var itm = IrregularTerrainModel.PointToPoint(profile, MastM, RxM, radio, ItmCoverageSettings.Vietnam.Quantiles);
            Assert.True(itm.Succeeded, itm.Error.ToString());
            vertical.Sample(steps * resolutionM, out _, out var verticalDb, out _);
            var expected = (float)(EirpDbm - itm.LossDb - Math.Min(verticalDb, AntennaPattern.MaxAttenuationDb));
            Assert.True(
                Math.Abs(expected - Level(run.Coverage, "A", 50, 50 - steps)) < 1e-4,
                $"{steps} cells north: level {Level(run.Coverage, "A", 50, 50 - steps)} dBm, ITM on the profile gives {expected} dBm"
            );
        }
    }

    [Fact]
    public void TheRidge_ShadowsTheCellsBehindIt_WhereTheEmpiricalModelSeesNone()
    {
        var (inputs, _, y) = Inputs();
        var run = TerrainCoverageComputation.Run(inputs, Parameters, RidgeTile(y), ItmCoverageSettings.Vietnam);
        var empirical = CoverageComputation.Run(inputs, Parameters);
        // 3.5–5 km north (behind the ridge) against the same distances south (open plain), each in its own sector's boresight.
        for (var steps = 35; steps <= 50; steps++)
        {
            var behind = Level(run.Coverage, "A", 50, 50 - steps);
            var open = Level(run.Coverage, "B", 50, 50 + steps);
            Assert.True(open - behind > 15, $"{steps} cells: {behind} dBm behind the ridge, {open} dBm on the open side");
            Assert.Equal(Level(empirical, "A", 50, 50 - steps), Level(empirical, "B", 50, 50 + steps), 0.01);
        }
        // In front of the ridge the two sides are alike (the ridge is beyond the receiver).
        Assert.Equal(Level(run.Coverage, "B", 50, 60), Level(run.Coverage, "A", 50, 40), 3);
    }

    [Fact]
    public void WhereTheTerrainEnds_CellsFallBackToTheEmpiricalModel_AndTheReportSaysWhyInBothLanguages()
    {
        var (inputs, x, y) = Inputs();
        // The tile stops 2 km north of the site: profiles to cells beyond it have no terrain.
        var edgeLat = Frame.ToWgs84(new Coordinate(x, y + 2000)).LatDeg;
        var run = TerrainCoverageComputation.Run(
            inputs,
            Parameters,
            RidgeTile(y, northLatDeg: Math.Floor(edgeLat * 1200) / 1200),
            ItmCoverageSettings.Vietnam
        );
        var empirical = CoverageComputation.Run(inputs, Parameters);

        var report = run.Report;
        Assert.True(report.FallbackEvaluations[TerrainFallbackReason.NoTerrainAlongProfile] > 0);
        var site = Assert.Single(report.SiteFallbacks);
        Assert.Equal(("S1", TerrainFallbackReason.NoTerrainAlongProfile), (site.SiteId, site.Reason));
        Assert.Equal(0, report.SitesWithoutTerrain);
        Assert.Equal(1, report.SitesPartlyWithoutTerrain);
        // 4 km north: the empirical level; 1 km north and every southern cell: the ITM's.
        Assert.Equal(Level(empirical, "A", 50, 10), Level(run.Coverage, "A", 50, 10), 1e-3);
        Assert.NotEqual(Level(empirical, "A", 50, 40), Level(run.Coverage, "A", 50, 40), 0.5);
        var messages = report.Messages();
        Assert.Contains(messages, m =>
            m.Vietnamese.Contains("ra ngoài vùng DEM", StringComparison.Ordinal)
            && m.English.Contains("leave the DEM or cross a void", StringComparison.Ordinal)
        );
        Assert.Contains("fell back", messages[^1].English, StringComparison.Ordinal);
    }

    [Fact]
    public void ASiteOutsideTheTerrain_TakesTheEmpiricalModelEverywhere_AndIsCountedAsSuch()
    {
        var (inputs, _, y) = Inputs();
        // The tile lies wholly east of the site (107.35–107.45° E).
        var run = TerrainCoverageComputation.Run(inputs, Parameters, RidgeTile(y, westLonDeg: 107.35), ItmCoverageSettings.Vietnam);
        var empirical = CoverageComputation.Run(inputs, Parameters);

        var report = run.Report;
        Assert.Equal(1, report.SitesWithoutTerrain);
        Assert.Equal(report.Evaluations, report.FallbackEvaluations[TerrainFallbackReason.NoTerrainAtSite]);
        Assert.Equal(empirical.Evaluations, run.Coverage.Evaluations);
        for (var layer = 0; layer < empirical.Layers.Count; layer++)
        {
            for (var cell = 0; cell < empirical.Grid.CellCount; cell++)
                Assert.Equal(empirical.Layers[layer].LevelDbm[cell], run.Coverage.Layers[layer].LevelDbm[cell], 1e-3);
        }
        Assert.Contains(report.Messages(), m =>
            m.English.StartsWith("1 of 1 sites have no terrain (DEM) at the mast", StringComparison.Ordinal)
            && m.Vietnamese.StartsWith("1 trên 1 trạm không có dữ liệu địa hình", StringComparison.Ordinal)
        );
        Assert.StartsWith("ITM 1.2.2 over terrain (else Okumura–Hata", run.Coverage.Inputs.Servers[0].Model.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, 5_000, 315, 50, 2)]
    [InlineData(2000, 15_000, 48, 8, 23)]
    [InlineData(25, 1_000, 252, 40, 1)]
    public void RadialGeometry_KeepsNeighbouringRadialsACellApartAtTheRadius_AndRangeNodesOnProfileSamples(
        double resolutionM,
        double radiusM,
        int radials,
        int ranges,
        int samplesPerRange
    )
    {
        var g = RadialGeometry.For(resolutionM, radiusM, 90);
        Assert.Equal((radials, ranges, samplesPerRange), (g.Radials, g.Ranges, g.SamplesPerRange));
        Assert.True(2 * Math.PI * radiusM / g.Radials <= resolutionM);
        Assert.True(g.ProfileSpacingM <= 90);
        Assert.Equal(resolutionM, g.ProfileSpacingM * g.SamplesPerRange, 1e-9);
    }

    [Fact]
    public void TheVietnamSettings_AreInRangeForTheItm_AndEachHasASource()
    {
        var s = ItmCoverageSettings.Vietnam;
        Assert.Null(s.Problem());
        Assert.Equal(
            ("chiết suất bề mặt 450 đơn vị N nằm ngoài khoảng 250–400", "refractivity 450 N-units is outside 250–400"),
            (s with { RefractivityNUnits = 450 }).Problem()
        );
        Assert.Equal("bước lấy mẫu địa hình 0 m phải lớn hơn 0", (s with { MaxProfileSpacingM = 0 }).Problem()!.Value.Vi);
        Assert.Equal(ItmClimate.MaritimeSubtropical, s.Climate);
        Assert.Equal(4, ItmCoverageSettings.VietnamCitations.Count);
        Assert.Contains(ItmCoverageSettings.VietnamCitations, c => c.Contains("P.453", StringComparison.Ordinal));
        Assert.Contains(ItmCoverageSettings.VietnamCitations, c => c.Contains("P.527", StringComparison.Ordinal));
    }

    /// <summary>
    /// What the settings' uncertainty costs, on three profiles (5 km over the ridge, 5 km flat, 15 km of hills) at 900, 1800
    /// and 2100 MHz: ITU-R P.527's ground classes (wet, medium dry, ITM's "average", or a UHF-high conductivity) move the loss by
    /// under 0.2 dB; N0 anywhere between 301 and 390 N-units by under 2 dB (ItmCoverageSettings.Vietnam's remarks quote these).
    /// </summary>
    [Fact]
    public void TheGroundConstants_MoveTheLossByUnderAFifthOfADb_AndN0Between301And390_ByUnder2Db()
    {
        double[][] profiles =
        [
            [.. Enumerable.Range(0, 101).Select(i => 20 + 300 * Math.Exp(-Math.Pow((i * 50 - 3000) / 280.0, 2)))],
            [.. Enumerable.Range(0, 101).Select(_ => 20.0)],
            [.. Enumerable.Range(0, 301).Select(i => 80 + 80 * Math.Sin(i / 7.0) * Math.Sin(i / 23.0))],
        ];
        var vietnam = ItmCoverageSettings.Vietnam;
        foreach (var profile in profiles)
        {
            foreach (var frequency in new[] { 900.0, 1800, 2100 })
            {
                double Loss(ItmCoverageSettings s) =>
                    IrregularTerrainModel.PointToPoint(profile, 50, MastM, RxM, s.RadioFor(frequency), s.Quantiles).LossDb;
                var reference = Loss(vietnam);
                foreach (var (permittivity, conductivity) in new[] { (15.0, 0.001), (15, 0.005), (30, 0.2) })
                    Assert.InRange(
                        Loss(vietnam with { GroundPermittivity = permittivity, GroundConductivitySPerM = conductivity }) - reference,
                        -0.2,
                        0.2
                    );
                foreach (var n0 in new[] { 301.0, 390 })
                    Assert.InRange(Loss(vietnam with { RefractivityNUnits = n0 }) - reference, -2, 2);
            }
        }
    }
}

using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Spatial;
using TelecomGis.Core.Terrain;
using static TelecomGis.Core.Tests.Appraisal.ToyPlan;

namespace TelecomGis.Core.Tests.Appraisal;

/// <summary>
/// When the carrier gives no ground elevation, a terrain model supplies it to the aviation rule. The toy aerodrome TEST lies at
/// 10 m; 2 000 m abeam its runway the inner horizontal surface is 10 + 45 = 55 m above sea level.
/// </summary>
public class GroundFromTerrainTests
{
    /// <summary>A DEM of the whole toy province at a constant <paramref name="groundM"/>.</summary>
    private static ElevationGrid FlatDem(float groundM)
    {
        var southWest = Pt(-30000, -30000);
        var northEast = Pt(30000, 30000);
        return new ElevationGrid(
            southWest.X,
            northEast.Y,
            northEast.X - southWest.X,
            northEast.Y - southWest.Y,
            2,
            2,
            [groundM, groundM, groundM, groundM]
        );
    }

    private static AppraisalEngine Engine(ITerrainModel? terrain) =>
        new(new PlanIndex(new ToyPlan().Build(), new DateOnly(2026, 1, 1)), terrain: terrain);

    [Fact]
    public void R10_ATowerWithNoDeclaredGround_PassesWhenAssumedAtAerodromeLevel_ButPenetratesOnA30mHillFromTheDem()
    {
        var site = Proposal(0, -6000, heightM: 40); // no ground elevation declared

        var without = Engine(null).Appraise(site);
        Assert.Equal(RuleOutcome.Pass, without["R10"].Outcome);
        Assert.Equal(-5.0, without["R10"].MeasuredValue!.Value, 1); // 10 + 40 = 50 m, 5 m under 55 m
        Assert.Contains("ground elevation unknown", without["R10"].MessageEn);
        Assert.Null(without.Site.GroundElevationM);

        var with = Engine(FlatDem(30)).Appraise(site);
        Assert.Equal(RuleOutcome.Consult, with["R10"].Outcome);
        Assert.Equal(15.0, with["R10"].MeasuredValue!.Value, 1); // 30 + 40 = 70 m, 15 m above 55 m
        Assert.Equal(Verdict.NeedsConsultation, with.Verdict);
        Assert.Equal(30, with.Site.GroundElevationM);
        Assert.Equal(GroundElevationSource.TerrainModel, with.Site.GroundElevationSource);
        Assert.Contains("from the terrain model, DEM", with["R10"].MessageEn);
        Assert.Contains("DEM", with["R10"].MessageVi);
    }

    [Fact]
    public void R10_ADeclaredGroundElevation_WinsOverTheDem()
    {
        var declared = Engine(FlatDem(30)).Appraise(Proposal(0, -6000, heightM: 40, groundM: 12));
        Assert.Equal(12, declared.Site.GroundElevationM);
        Assert.Equal(GroundElevationSource.Carrier, declared.Site.GroundElevationSource);
        Assert.Equal(RuleOutcome.Pass, declared["R10"].Outcome);
        Assert.DoesNotContain("DEM", declared["R10"].MessageEn);
    }

    [Fact]
    public void R10_WhereTheDemHasNoData_TheGroundStaysUnknown_NotSeaLevel()
    {
        var elsewhere = new ElevationGrid(100, 10, 1, 1, 2, 2, [500, 500, 500, 500]); // far from the toy province
        var r = Engine(elsewhere).Appraise(Proposal(0, -6000, heightM: 40));
        Assert.Null(r.Site.GroundElevationM);
        Assert.Contains("ground elevation unknown", r["R10"].MessageEn);
    }
}

using TelecomGis.Core.Geodesy;

namespace TelecomGis.Core.Tests.Geodesy;

/// <summary>
/// Inside the Mekong-delta blocks DBSCL 02/03 PROJ's default (cs2cs EPSG:4326 EPSG:9209) runs EPSG:5194, not the national EPSG:6960 the
/// product uses: held both ways against PROJ — the plan's EPSG:5194 choice against cs2cs's default, the national default against the
/// EPSG:6960 pipeline forced through cct — and the gap between the two measured.
/// </summary>
public class MekongDeltaTransformationTests
{
    private const int TraVinhVinhLongZone = 9209; // TM-3 105°30′

    // Trà Vinh, Vĩnh Long, Bến Tre, Cần Thơ, Duyên Hải: all inside EPSG:5194's area (9.35–11.04° N, 104.24–107.11° E).
    private static readonly (double LonDeg, double LatDeg)[] DeltaPoints =
    [
        (106.34, 9.93),
        (105.97, 10.25),
        (106.37, 10.24),
        (105.78, 10.03),
        (106.55, 9.60),
    ];

    [Fact]
    public void EveryPointLiesInTheDeltaBlocks() =>
        Assert.All(DeltaPoints, p => Assert.True(Vn2000Transformations.InMekongDeltaBlocks(p.LonDeg, p.LatDeg)));

    [Fact]
    public void ThePlansEpsg5194ChoiceAgreesWithCs2csDefaultWithin1cm()
    {
        var proj = Cs2cs.Forward(TraVinhVinhLongZone, DeltaPoints);
        var ours = ProjectionTransform.For(TraVinhVinhLongZone, Vn2000Transformation.MekongDelta5194);
        for (var i = 0; i < DeltaPoints.Length; i++)
        {
            var (e, n) = ours.Forward(DeltaPoints[i].LonDeg, DeltaPoints[i].LatDeg);
            Assert.InRange(Distance((e, n), proj[i]), 0, 0.01);
        }
    }

    [Fact]
    public void TheNationalDefaultAgreesWithTheForcedEpsg6960PipelineWithin1cm()
    {
        var pipeline = ProjPipeline.Find(TraVinhVinhLongZone, "VN-2000 to WGS 84 (2)");
        Assert.Contains("-191.90441429", pipeline);
        var proj = ProjPipeline.Forward(pipeline, DeltaPoints);
        var ours = ProjectionTransform.For(TraVinhVinhLongZone);
        Assert.Equal(Vn2000Transformation.National6960, ours.Transformation);
        for (var i = 0; i < DeltaPoints.Length; i++)
        {
            var (e, n) = ours.Forward(DeltaPoints[i].LonDeg, DeltaPoints[i].LatDeg);
            Assert.InRange(Distance((e, n), proj[i]), 0, 0.01);
        }
    }

    [Fact]
    public void TheNationalDefaultLandsAbout08mFromCs2csDefaultThere()
    {
        var proj = Cs2cs.Forward(TraVinhVinhLongZone, DeltaPoints);
        var national = ProjectionTransform.For(TraVinhVinhLongZone, Vn2000Transformation.National6960);
        for (var i = 0; i < DeltaPoints.Length; i++)
        {
            var gapM = Distance(national.Forward(DeltaPoints[i].LonDeg, DeltaPoints[i].LatDeg), proj[i]);
            Assert.InRange(gapM, 0.7, 0.9);
        }
    }

    [Fact]
    public void Epsg5194RoundTripsWithin1mm()
    {
        var t = ProjectionTransform.For(TraVinhVinhLongZone, Vn2000Transformation.MekongDelta5194);
        foreach (var (lon, lat) in DeltaPoints)
        {
            var (e, n) = t.Forward(lon, lat);
            var (lon2, lat2) = t.Inverse(e, n);
            Assert.InRange(Distance(t.Forward(lon2, lat2), (e, n)), 0, 0.001);
        }
    }

    [Theory]
    [InlineData("6960", Vn2000Transformation.National6960)]
    [InlineData("EPSG:6960", Vn2000Transformation.National6960)]
    [InlineData("epsg:5194", Vn2000Transformation.MekongDelta5194)]
    public void TheSettingReadsEitherCode(string text, Vn2000Transformation expected)
    {
        Assert.True(Vn2000Transformations.TryParse(text, out var t));
        Assert.Equal(expected, t);
    }

    [Theory]
    [InlineData("4756")]
    [InlineData("EPSG:1234")]
    [InlineData("")]
    public void AnyOtherTransformationIsRefused(string text) => Assert.False(Vn2000Transformations.TryParse(text, out _));

    [Fact]
    public void AVn2000RowIsReadThroughThePlansTransformation()
    {
        var (e, n) = ProjectionTransform.For(TraVinhVinhLongZone).Forward(106.34, 9.93);
        var x = n.ToString("F3", System.Globalization.CultureInfo.InvariantCulture);
        var y = e.ToString("F3", System.Globalization.CultureInfo.InvariantCulture);
        var national = CoordinateParser.ParseVn2000(x, y, "9209");
        var delta = CoordinateParser.ParseVn2000(x, y, "9209", Vn2000Transformation.MekongDelta5194);
        Assert.Equal(Vn2000Transformation.National6960, national.Vn2000!.Transformation);
        Assert.Equal(Vn2000Transformation.MekongDelta5194, delta.Vn2000!.Transformation);
        var gapM = Math.Abs(national.LonDeg - delta.LonDeg) * 109_600 + Math.Abs(national.LatDeg - delta.LatDeg) * 110_600;
        Assert.InRange(gapM, 0.5, 1.2);
    }

    private static double Distance((double E, double N) a, (double E, double N) b) =>
        Math.Sqrt(Math.Pow(a.E - b.E, 2) + Math.Pow(a.N - b.N, 2));
}

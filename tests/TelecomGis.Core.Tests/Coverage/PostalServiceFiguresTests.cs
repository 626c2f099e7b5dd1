using TelecomGis.Core.Coverage.Postal;

namespace TelecomGis.Core.Tests.Coverage;

/// <summary>
/// The published method (COVERAGE.md): r = √(area / (π · points)), people per point = population / points.
/// Hải Dương's published figures are 294 points, 1.34 km and 6,110 people per point, over "about 1,668 km² and about 1.8 million
/// people". The area is exact (1,668 km², the GSO's figure since 2016). The population is not: 1,800,000 / 294 = 6,122.4, which no
/// rounding turns into 6,110. The GSO's average population of Hải Dương for 2017, 1,797.3 thousand (as reproduced by
/// danso.asia's table of GSO yearbook figures), gives 6,113.3, and the published figures are rounded to tens (6,110) and to
/// 0.01 km. So the test feeds 1,797,300 and rounds as the publication does; it also records what 1.8 M exactly would give.
/// </summary>
public class PostalServiceFiguresTests
{
    [Fact]
    public void HaiDuong_294PointsOver1668Km2_GiveThePublished134KmAnd6110PeoplePerPoint()
    {
        var figures = new PostalServiceFigures(294, 1668, 1_797_300);
        Assert.Equal(1.34, Math.Round(figures.ServiceRadiusKm, 2));
        Assert.Equal(1.3438, figures.ServiceRadiusKm, 0.0001);
        Assert.Equal(6113.3, figures.PeoplePerPoint, 0.05);
        Assert.Equal(6110, Math.Round(figures.PeoplePerPoint / 10) * 10);
    }

    [Fact]
    public void HaiDuong_WithExactly18Million_TheMethodGives6122NotThePublished6110()
    {
        var figures = new PostalServiceFigures(294, 1668, 1_800_000);
        Assert.Equal(6122.4, figures.PeoplePerPoint, 0.05);
        Assert.NotEqual(6110, Math.Round(figures.PeoplePerPoint / 10) * 10);
    }

    [Fact]
    public void Figures_AddUpOverCommunesBeforeTheRadiusIsTaken()
    {
        // Two communes: 10 km² with 1 point, 30 km² with 3 points → together 40 km², 4 points: r = √(40 / 4π) = 1.784 km.
        var sum = new PostalServiceFigures(1, 10, 5000) + new PostalServiceFigures(3, 30, 9000);
        Assert.Equal(Math.Sqrt(40 / (4 * Math.PI)), sum.ServiceRadiusKm, 1e-12);
        Assert.Equal(3500, sum.PeoplePerPoint, 1e-12);
        Assert.Equal(double.PositiveInfinity, new PostalServiceFigures(0, 10, 100).ServiceRadiusKm);
    }
}

using TelecomGis.Core.Administration;
using TelecomGis.Core.Geodesy;

namespace TelecomGis.Core.Tests.Administration;

/// <summary>The 34 provinces of 2025 and the central meridians of Circular 973/2001/TT-TCĐC they inherit.</summary>
public class VietnamProvincesTests
{
    [Fact]
    public void ThereAre34ProvincesWithDistinctCodes()
    {
        Assert.Equal(34, VietnamProvinces.All.Count);
        Assert.Equal(34, VietnamProvinces.All.Select(p => p.Code).Distinct().Count());
    }

    [Fact]
    public void EveryFormerProvinceIsInTheCircularsTableOnce()
    {
        var former = VietnamProvinces.All.SelectMany(p => p.Former).ToList();
        // 63 provinces before July 2025 (Hà Tây was merged into Hà Nội in 2008 and is in the table for old surveys).
        Assert.Equal(63, former.Count);
        Assert.Equal(63, former.Distinct().Count());
        Assert.All(former, f => Assert.Contains(f, CentralMeridianTable.Provinces));
    }

    /// <summary>The table's published values for the provinces this repository ships (SOURCES.md, APPRAISAL.md), in degrees and minutes.</summary>
    [Theory]
    [InlineData("Quảng Ninh", 107, 45, 5899)]
    [InlineData("Hải Dương", 105, 30, 9209)]
    [InlineData("Hải Phòng", 105, 45, 9210)]
    [InlineData("Trà Vinh", 105, 30, 9209)]
    [InlineData("Vĩnh Long", 105, 30, 9209)]
    [InlineData("Bến Tre", 105, 45, 9210)]
    [InlineData("Hà Nội", 105, 0, 5897)]
    [InlineData("Lai Châu", 103, 0, 9205)]
    [InlineData("Quảng Ngãi", 108, 0, 5898)]
    public void TheCircularsMeridianGivesTheEpsgSystem(string province, int degrees, int minutes, int epsg)
    {
        Assert.Equal(degrees + minutes / 60.0, CentralMeridianTable.Of(province), 9);
        Assert.Equal(epsg, CentralMeridianTable.CrsOf(province).Epsg);
    }

    [Fact]
    public void EveryMeridianOfTheTableHasATm3SystemInTheCatalogue() =>
        Assert.All(CentralMeridianTable.Provinces, p => Assert.Equal(0.9999, CentralMeridianTable.CrsOf(p).ScaleFactor));

    [Theory]
    [InlineData("31", 9210, new[] { 9210, 9209 })] // Hải Phòng 105°45′, Hải Dương 105°30′
    [InlineData("86", 9209, new[] { 9209, 9210 })] // Vĩnh Long and Trà Vinh 105°30′, Bến Tre 105°45′
    [InlineData("79", 9210, new[] { 9210, 5899 })] // Hồ Chí Minh and Bình Dương 105°45′, Bà Rịa - Vũng Tàu 107°45′
    [InlineData("22", 5899, new[] { 5899 })]
    public void AMergedProvinceDefaultsToTheMeridianOfTheUnitWhoseNameItKeeps(string code, int expected, int[] candidates)
    {
        var p = VietnamProvinces.Find(code)!;
        Assert.Equal(expected, p.DefaultEpsg);
        Assert.Equal(candidates, p.CandidateEpsgs.Select(c => c.Epsg));
        Assert.Equal(candidates.Length > 1, p.SpansSeveralMeridians);
    }

    [Fact]
    public void ACodeIsFoundWithOrWithoutItsLeadingZero()
    {
        Assert.Equal("Hà Nội", VietnamProvinces.Find("1")!.Name);
        Assert.Equal("Hà Nội", VietnamProvinces.Find("01")!.Name);
        Assert.Null(VietnamProvinces.Find("30")); // Hải Dương's pre-2025 code
    }

    [Fact]
    public void ATitleSaysCityOrProvince()
    {
        Assert.Equal("thành phố Hải Phòng", VietnamProvinces.Find("31")!.TitleVi);
        Assert.Equal("tỉnh Vĩnh Long", VietnamProvinces.Find("86")!.TitleVi);
    }
}

using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Tests.Appraisal;

public class SubmissionRowParserTests
{
    private static SubmissionRow Parse(params (string Name, string Value)[] fields)
    {
        var row = new Dictionary<string, string>
        {
            ["carrier"] = "Viettel",
            ["site_code"] = "QN-1",
            ["lon"] = "107.97826",
            ["lat"] = "21.53008",
            ["pole_class"] = "A2b",
            ["height_m"] = "33",
            ["camouflaged"] = "no",
        };
        foreach (var (name, value) in fields)
        {
            if (value.Length == 0)
                row.Remove(name);
            else
                row[name] = value;
        }
        return SubmissionRowParser.Parse(7, n => row.TryGetValue(n, out var v) && v.Trim().Length > 0 ? v.Trim() : null);
    }

    [Fact]
    public void AWellFormedRowBecomesAProposedSite()
    {
        var row = Parse();
        Assert.Null(row.Rejection);
        var site = row.Site!;
        Assert.Equal((7, "Viettel", "QN-1", PoleClass.A2b, 33.0), (site.Row, site.Carrier, site.SiteCode, site.PoleClass, site.HeightM));
        Assert.Equal(107.97826, site.LonDeg, 9);
        Assert.True(site.IsNewStructure);
    }

    [Fact]
    public void DmsTextInTheLonLatColumnsIsRead()
    {
        var site = Parse(("lon", "107°58'41.7\"E"), ("lat", "21°31'48.3\"N")).Site!;
        Assert.Equal(107.978250, site.LonDeg, 5);
        Assert.Equal(21.530083, site.LatDeg, 5);
    }

    [Fact]
    public void Vn2000XyWithAZoneIsConvertedToWgs84()
    {
        var site = Parse(("lon", ""), ("lat", ""), ("x", "2381658.013"), ("y", "523449.987"), ("epsg", "5899")).Site!;
        Assert.Equal(107.97826, site.LonDeg, 6);
        Assert.Equal(21.53008, site.LatDeg, 6);
    }

    [Theory]
    [InlineData("pole_class", "B3", "pole_class")]
    [InlineData("height_m", "-12", "height_m")]
    [InlineData("height_m", "1200", "height_m")]
    [InlineData("height_m", "tall", "height_m")]
    [InlineData("height_m", "", "height_m")]
    [InlineData("carrier", "", "carrier")]
    [InlineData("site_code", "", "site_code")]
    [InlineData("camouflaged", "maybe", "camouflaged")]
    [InlineData("lon", "abc", "lon")]
    [InlineData("ground_elevation_m", "9000", "ground_elevation_m")]
    public void ABadFieldRejectsTheRowNamingTheField(string field, string value, string expectedField)
    {
        var row = Parse((field, value));
        Assert.Null(row.Site);
        Assert.Equal(expectedField, row.Rejection!.Field);
        Assert.Equal(7, row.Rejection.Row);
        Assert.False(string.IsNullOrWhiteSpace(row.Rejection.MessageVi));
        Assert.False(string.IsNullOrWhiteSpace(row.Rejection.MessageEn));
    }

    [Fact]
    public void SwappedLatitudeAndLongitudeAreRejectedWithTheCorrectedReading()
    {
        var row = Parse(("lon", "21.53008"), ("lat", "107.97826"));
        Assert.Null(row.Site);
        Assert.Contains("swap", row.Rejection!.MessageEn, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void APointOutsideVietnamIsRejected()
    {
        var row = Parse(("lon", "100.5"), ("lat", "13.7"));
        Assert.Null(row.Site);
        Assert.Contains("outside Vietnam", row.Rejection!.MessageEn);
    }

    [Theory]
    [InlineData("có", true)]
    [InlineData("yes", true)]
    [InlineData("1", true)]
    [InlineData("không", false)]
    [InlineData("Có", true)]
    [InlineData("co\u0301", true)] // "có" in decomposed form (NFD)
    [InlineData("x", true)]
    [InlineData("0", false)]
    [InlineData("KHÔNG", false)]
    [InlineData("", false)]
    public void CamouflageAcceptsVietnameseAndEnglish(string text, bool expected) =>
        Assert.Equal(expected, Parse(("camouflaged", text)).Site!.Camouflaged);

    [Fact]
    public void VinaPhoneIsFiledUnderVnpt() => Assert.Equal("VNPT", Parse(("carrier", "vinaphone")).Carrier);

    [Fact]
    public void AnEirpGivesTheSiteASectorForTheEmfRule()
    {
        var site = Parse(("eirp_dbm", "60"), ("azimuth_deg", "120")).Site!;
        var sector = Assert.Single(site.Sectors!);
        Assert.Equal((60.0, 120.0), (sector.EirpDbm, sector.AzimuthDeg));
    }

    // APPRAISAL.md: "EIRP (W or dBm)". A bare number is the column's dBm; a unit after the number says which it is.
    [Theory]
    [InlineData("60", 60.0)]
    [InlineData("60 dBm", 60.0)]
    [InlineData("43dBm", 43.0)]
    [InlineData("1000 W", 60.0)]
    [InlineData("20W", 43.0103)]
    [InlineData("0,5 W", 26.9897)]
    public void AnEirpMayBeGivenInWattsOrDbm(string text, double dbm) =>
        Assert.Equal(dbm, Assert.Single(Parse(("eirp_dbm", text)).Site!.Sectors!).EirpDbm, 4);

    [Theory]
    [InlineData("0 W")]
    [InlineData("2000000 W")]
    [InlineData("95 dBm")]
    [InlineData("abc W")]
    public void AnEirpOutsideItsRangeOrUnreadableIsRejectedInEitherUnit(string text)
    {
        var row = Parse(("eirp_dbm", text));
        Assert.Null(row.Site);
        Assert.Equal("eirp_dbm", row.Rejection!.Field);
    }

    /// <summary>A column headed in watts ("EIRP (W)") reads its bare numbers as watts: 20 is 20 W (43 dBm), not 20 dBm (0.1 W).</summary>
    [Theory]
    [InlineData("EIRP (W)", "eirp_w")]
    [InlineData("Công suất bức xạ (w)", "eirp_w")]
    [InlineData("EIRP [W]", "eirp_w")]
    [InlineData("EIRP (dBm)", "eirp_dbm")]
    [InlineData("Công suất bức xạ EIRP (dBm)", "eirp_dbm")]
    [InlineData("EIRP", "eirp_dbm")]
    [InlineData("eirp_dbm", "eirp_dbm")]
    public void AnEirpHeaderNamesItsUnit(string header, string canonical) => Assert.Equal(canonical, SubmissionColumns.Canonical(header));

    [Theory]
    [InlineData("20", 43.0103)]
    [InlineData("1000", 60.0)]
    [InlineData("20 W", 43.0103)]
    [InlineData("43 dBm", 43.0)]
    public void AnEirpColumnHeadedInWatts_ReadsBareNumbersAsWatts(string text, double dbm) =>
        Assert.Equal(dbm, Assert.Single(Parse(("eirp_w", text)).Site!.Sectors!).EirpDbm, 4);

    [Fact]
    public void AnEirpInWattsOutsideItsRange_IsRejectedNamingTheColumnAsHeaded()
    {
        var row = Parse(("eirp_w", "0"));
        Assert.Null(row.Site);
        Assert.Equal("eirp_w", row.Rejection!.Field);
        Assert.StartsWith("Cột Công suất bức xạ EIRP (W):", row.Rejection.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void AHeaderWithoutCoordinatesIsRefused()
    {
        var e = Assert.Throws<FormatException>(() => SubmissionRowParser.CheckHeader(["carrier", "site_code", "pole_class", "height_m"]));
        Assert.Contains("lon,lat (or x,y,epsg)", e.Message);
    }

    [Theory]
    [InlineData("A2b", PoleClass.A2b)]
    [InlineData("a2b", PoleClass.A2b)]
    [InlineData("A1-a", PoleClass.A1a)]
    [InlineData("a1-A", PoleClass.A1a)]
    [InlineData("A2.c", PoleClass.A2c)]
    [InlineData(" A2 b ", PoleClass.A2b)]
    public void APoleClassIsReadAsDossiersWriteIt(string text, PoleClass expected) =>
        Assert.Equal(expected, Parse(("pole_class", text)).Site!.PoleClass);

    [Theory]
    [InlineData("A3a")]
    [InlineData("A1--a")]
    [InlineData("B2b")]
    public void AnUnknownPoleClassIsRejectedNamingTheColumnInVietnamese(string text)
    {
        var rejection = Parse(("pole_class", text)).Rejection!;
        Assert.StartsWith($"Cột Loại cột: \"{text}\" không phải loại cột hợp lệ", rejection.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void ANumberThatCannotBeRead_IsRejectedNamingTheColumnInVietnamese_WithoutEnglishNames()
    {
        var rejection = Parse(("height_m", "10x5,3")).Rejection!;
        Assert.Equal("Cột Chiều cao cột (m): không đọc được \"10x5,3\" thành số.", rejection.MessageVi);
        Assert.DoesNotContain("height_m", rejection.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingColumns_AreListedInTheOrderAHeaderIsRead()
    {
        Assert.Equal(["site_code", "lon,lat", "height_m"], SubmissionRowParser.MissingColumns(["carrier", "pole_class", "Kinh độ"]));
        Assert.Empty(SubmissionRowParser.MissingColumns(["carrier", "site_code", "x", "y", "epsg", "pole_class", "height_m"]));
    }
}

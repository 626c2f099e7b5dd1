using TelecomGis.Core.Geodesy;

namespace TelecomGis.Core.Tests.Geodesy;

/// <summary>The coordinate forms of spec/APPRAISAL.md, read as a carrier writes them. The seed is the Móng Cái tower.</summary>
public class CoordinateParserTests
{
    private const double Micro = 1e-6;
    private const double SeedLon = 107.97826;
    private const double SeedLat = 21.53008;

    // 21°31'48.3" and 107°58'41.7" in decimal degrees.
    private const double DmsLat = 21 + 31 / 60.0 + 48.3 / 3600;
    private const double DmsLon = 107 + 58 / 60.0 + 41.7 / 3600;

    [Theory]
    [InlineData("21.53008", 21.53008, CoordinateForm.DecimalDegrees)]
    [InlineData("21,53008", 21.53008, CoordinateForm.DecimalDegrees)]
    [InlineData(" 21.53008 N ", 21.53008, CoordinateForm.DecimalDegrees)]
    [InlineData("21°31'48.3\"N", DmsLat, CoordinateForm.DegreesMinutesSeconds)]
    [InlineData("21 31 48.3 N", DmsLat, CoordinateForm.DegreesMinutesSeconds)]
    [InlineData("21 31 48.3", DmsLat, CoordinateForm.DegreesMinutesSeconds)]
    [InlineData("N21°31'48.3\"", DmsLat, CoordinateForm.DegreesMinutesSeconds)]
    [InlineData("N 21°31′48.3″", DmsLat, CoordinateForm.DegreesMinutesSeconds)]
    [InlineData("21°31′48,3″n", DmsLat, CoordinateForm.DegreesMinutesSeconds)]
    [InlineData("21º31'48.3''N", DmsLat, CoordinateForm.DegreesMinutesSeconds)]
    [InlineData("21d31m48.3s", DmsLat, CoordinateForm.DegreesMinutesSeconds)]
    [InlineData("21d 31m 48.3s n", DmsLat, CoordinateForm.DegreesMinutesSeconds)]
    [InlineData("21°31.805'N", 21 + 31.805 / 60, CoordinateForm.DegreesDecimalMinutes)]
    [InlineData("21°31,805′", 21 + 31.805 / 60, CoordinateForm.DegreesDecimalMinutes)]
    [InlineData("21°", 21.0, CoordinateForm.DecimalDegrees)]
    public void ParseAngle_ReadsEveryWrittenFormOfALatitude(string text, double expectedDeg, CoordinateForm expectedForm)
    {
        var result = CoordinateParser.ParseAngle(text, Axis.Latitude);

        Assert.True(result.IsSuccess, result.Error?.MessageEn);
        Assert.Equal(expectedDeg, result.ValueDeg, Micro);
        Assert.Equal(expectedForm, result.Form);
    }

    [Theory]
    [InlineData("107.97826", SeedLon)]
    [InlineData("107°58'41.7\"E", DmsLon)]
    [InlineData("E107°58′41.7″", DmsLon)]
    [InlineData("107 58 41.7 e", DmsLon)]
    [InlineData("107d58m41.7sE", DmsLon)]
    public void ParseAngle_ReadsLongitudes(string text, double expectedDeg)
    {
        var result = CoordinateParser.ParseAngle(text, Axis.Longitude);

        Assert.True(result.IsSuccess, result.Error?.MessageEn);
        Assert.Equal(expectedDeg, result.ValueDeg, Micro);
    }

    [Theory]
    [InlineData("21°60'00\"N", "below 60")]
    [InlineData("21°31'60\"N", "below 60")]
    [InlineData("21 75.5", "below 60")]
    [InlineData("21°31'48.3\"S", "southern or western")]
    [InlineData("21 31 48.3 S", "southern or western")]
    [InlineData("-21.53008", "southern or western")]
    [InlineData("21.53008E", "longitude's E/W letter")]
    [InlineData("abc", "cannot read")]
    [InlineData("21.5°30'", "cannot read")]
    [InlineData("N21.5N", "cannot read")]
    [InlineData("", "no value")]
    [InlineData("95", "beyond ±90")]
    public void ParseAngle_RejectsWithAReasonNamingTheField(string text, string reason)
    {
        var result = CoordinateParser.ParseAngle(text, Axis.Latitude);

        Assert.False(result.IsSuccess);
        Assert.Equal(CoordinateField.Latitude, result.Error.Field);
        Assert.Contains(reason, result.Error.MessageEn, StringComparison.Ordinal);
        Assert.StartsWith("Field latitude:", result.Error.MessageEn, StringComparison.Ordinal);
        Assert.StartsWith("Trường vĩ độ:", result.Error.MessageVi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("107.97826", "21.53008", SeedLon, SeedLat, CoordinateForm.DecimalDegrees)]
    [InlineData("107,97826", "21,53008", SeedLon, SeedLat, CoordinateForm.DecimalDegrees)]
    [InlineData("107°58'41.7\"E", "21°31'48.3\"N", DmsLon, DmsLat, CoordinateForm.DegreesMinutesSeconds)]
    [InlineData("107 58 41.7", "21 31 48.3", DmsLon, DmsLat, CoordinateForm.DegreesMinutesSeconds)]
    [InlineData("107.97826", "21°31.805'N", SeedLon, 21 + 31.805 / 60, CoordinateForm.DegreesDecimalMinutes)]
    public void ParseLonLat_ReadsSeparateFields(string lon, string lat, double expectedLon, double expectedLat, CoordinateForm form)
    {
        var result = CoordinateParser.ParseLonLat(lon, lat);

        Assert.True(result.IsSuccess, result.Error?.MessageEn);
        Assert.Equal(expectedLon, result.LonDeg, Micro);
        Assert.Equal(expectedLat, result.LatDeg, Micro);
        Assert.Equal(form, result.Form);
        Assert.Null(result.Vn2000);
    }

    [Theory]
    [InlineData("21.53008", "107.97826")]
    [InlineData("21°31'48.3\"N", "107°58'41.7\"E")]
    public void ParseLonLat_ReportsSwappedAxesWithTheCorrectedReading(string lon, string lat)
    {
        var result = CoordinateParser.ParseLonLat(lon, lat);

        Assert.False(result.IsSuccess);
        Assert.Contains("look swapped", result.Error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("bị đảo", result.Error.MessageVi, StringComparison.Ordinal);
        Assert.Contains("read as longitude 107.97", result.Error.MessageEn, StringComparison.Ordinal);
        var (swappedLon, swappedLat) = Assert.NotNull(result.Error.SwappedReading);
        Assert.Equal(SeedLon, swappedLon, 1e-4);
        Assert.Equal(SeedLat, swappedLat, 1e-4);
    }

    [Theory]
    [InlineData("100.5", "13.75")] // Bangkok
    [InlineData("139.69", "35.69")] // Tokyo
    [InlineData("107.97826", "0")]
    public void ParseLonLat_RejectsPointsOutsideVietnam(string lon, string lat)
    {
        var result = CoordinateParser.ParseLonLat(lon, lat);

        Assert.False(result.IsSuccess);
        Assert.Equal(CoordinateField.Coordinates, result.Error.Field);
        Assert.Contains("outside Vietnam", result.Error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("ngoài Việt Nam", result.Error.MessageVi, StringComparison.Ordinal);
        Assert.Null(result.Error.SwappedReading);
    }

    /// <summary>An unreadable longitude is answered with longitudes to copy (E), never with the latitudes (N) a latitude gets.</summary>
    [Fact]
    public void ParseLonLat_AnUnreadableLongitude_GivesLongitudesAsExamples()
    {
        var lon = CoordinateParser.ParseLonLat("abc", "21.53008");
        var lat = CoordinateParser.ParseLonLat("107.97826", "abc");

        Assert.Equal(
            "Trường kinh độ: không đọc được \"abc\" (ví dụ hợp lệ: 107.97826; 107°58'41.7\"E; 107 58 41.7 E; 107°58.696'E).",
            lon.Error!.MessageVi
        );
        Assert.DoesNotContain("21", lon.Error!.MessageEn, StringComparison.Ordinal);
        Assert.Contains("21°31'48.3\"N", lat.Error!.MessageVi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("107.97826", "21°31'48.3\"S", CoordinateField.Latitude)]
    [InlineData("107°58'41.7\"W", "21.53008", CoordinateField.Longitude)]
    [InlineData("107.97826", "21°75'N", CoordinateField.Latitude)]
    [InlineData("cột số 5", "21.53008", CoordinateField.Longitude)]
    [InlineData("107.97826N", "21.53008N", CoordinateField.Longitude)]
    public void ParseLonLat_NamesTheFieldAtFault(string lon, string lat, CoordinateField field)
    {
        var result = CoordinateParser.ParseLonLat(lon, lat);

        Assert.False(result.IsSuccess);
        Assert.Equal(field, result.Error.Field);
    }

    [Theory]
    [InlineData("21.53008, 107.97826", SeedLon, SeedLat)]
    [InlineData("21.53008,107.97826", SeedLon, SeedLat)]
    [InlineData("21,53008 107,97826", SeedLon, SeedLat)]
    [InlineData("21,53008; 107,97826", SeedLon, SeedLat)]
    [InlineData("21.53008N, 107.97826E", SeedLon, SeedLat)]
    [InlineData("107.97826E 21.53008N", SeedLon, SeedLat)]
    [InlineData("21°31'48.3\"N 107°58'41.7\"E", DmsLon, DmsLat)]
    [InlineData("21°31'48.3\"N107°58'41.7\"E", DmsLon, DmsLat)]
    [InlineData("N21°31'48.3\" E107°58'41.7\"", DmsLon, DmsLat)]
    [InlineData("E107°58′41.7″ N21°31′48.3″", DmsLon, DmsLat)]
    [InlineData("21 31 48.3 N 107 58 41.7 E", DmsLon, DmsLat)]
    [InlineData("21d31m48.3s N, 107d58m41.7s E", DmsLon, DmsLat)]
    [InlineData("21°31.805'N 107°58.695'E", 107 + 58.695 / 60, 21 + 31.805 / 60)]
    [InlineData("21°31'48.3\" 107°58'41.7\"", DmsLon, DmsLat)]
    [InlineData("21 31 48.3 107 58 41.7", DmsLon, DmsLat)]
    public void ParsePair_ReadsBothAnglesFromOneText(string text, double expectedLon, double expectedLat)
    {
        var result = CoordinateParser.ParsePair(text);

        Assert.True(result.IsSuccess, result.Error?.MessageEn);
        Assert.Equal(expectedLon, result.LonDeg, Micro);
        Assert.Equal(expectedLat, result.LatDeg, Micro);
    }

    [Fact]
    public void ParsePair_WithoutLettersReadsLatitudeFirstAndFlagsALongitudeFirstText()
    {
        var result = CoordinateParser.ParsePair("107.97826, 21.53008");

        Assert.False(result.IsSuccess);
        Assert.Contains("look swapped", result.Error.MessageEn, StringComparison.Ordinal);
        Assert.NotNull(result.Error.SwappedReading);
    }

    [Theory]
    [InlineData("hello world")]
    [InlineData("21.53008")]
    [InlineData("21.53008N 22.1N")]
    [InlineData("21.53008N, 107.97826E, 5")]
    public void ParsePair_RejectsTextThatIsNotTwoAngles(string text)
    {
        var result = CoordinateParser.ParsePair(text);

        Assert.False(result.IsSuccess);
        Assert.Equal(CoordinateField.Coordinates, result.Error.Field);
    }

    [Theory]
    [InlineData("107°45'")]
    [InlineData("107°45′")]
    [InlineData("107-45")]
    [InlineData("107.75")]
    [InlineData("KTT 107°45'")]
    [InlineData("5899")]
    [InlineData("EPSG:5899")]
    [InlineData("epsg:5899")]
    public void ParseVn2000_TurnsTheSeedTowersXyInQuangNinhsZoneBackIntoItsWgs84Position(string zone)
    {
        var result = CoordinateParser.ParseVn2000("2381658.013", "523449.987", zone);

        Assert.True(result.IsSuccess, result.Error?.MessageEn);
        Assert.Equal(SeedLon, result.LonDeg, 1e-7);
        Assert.Equal(SeedLat, result.LatDeg, 1e-7);
        Assert.Equal(CoordinateForm.Vn2000, result.Form);
        Assert.Equal(new Vn2000Coordinates(2381658.013, 523449.987, 5899), result.Vn2000);
    }

    [Theory]
    [InlineData("2381658,013", "523449,987")]
    [InlineData("2.381.658,013", "523.449,987")]
    [InlineData("2 381 658,013", "523 449,987")]
    [InlineData("2,381,658.013", "523,449.987")]
    public void ParseVn2000_ReadsVietnameseNumberWriting(string x, string y)
    {
        var result = CoordinateParser.ParseVn2000(x, y, "5899");

        Assert.True(result.IsSuccess, result.Error?.MessageEn);
        Assert.Equal(SeedLon, result.LonDeg, 1e-7);
        Assert.Equal(SeedLat, result.LatDeg, 1e-7);
    }

    [Fact]
    public void ParseVn2000_ReportsSwappedXAndYWithTheCorrectedReading()
    {
        var result = CoordinateParser.ParseVn2000("523449.987", "2381658.013", "5899");

        Assert.False(result.IsSuccess);
        Assert.Contains("X and Y look swapped", result.Error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("read as X = 2381658.013, Y = 523449.987", result.Error.MessageEn, StringComparison.Ordinal);
        var (lon, lat) = Assert.NotNull(result.Error.SwappedReading);
        Assert.Equal(SeedLon, lon, 1e-7);
        Assert.Equal(SeedLat, lat, 1e-7);
    }

    [Theory]
    [InlineData("32648", "EPSG:32648", "EPSG:32648")]
    [InlineData("EPSG:4326", "EPSG:4326", "EPSG:4326")]
    [InlineData("109°00'", "central meridian 109°", "kinh tuyến trục 109°")]
    [InlineData("múi 48", "cannot read \"múi 48\"", "không đọc được \"múi 48\"")]
    public void ParseVn2000_RejectsAnUnknownZoneAndNamesIt(string zone, string named, string namedVi)
    {
        var result = CoordinateParser.ParseVn2000("2381658.013", "523449.987", zone);

        Assert.False(result.IsSuccess);
        Assert.Equal(CoordinateField.Zone, result.Error.Field);
        Assert.Contains(named, result.Error.MessageEn, StringComparison.Ordinal);
        Assert.Contains(namedVi, result.Error.MessageVi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "523449.987", CoordinateField.X)]
    [InlineData("2381658.013", "", CoordinateField.Y)]
    [InlineData("2381658.013", "523,449", CoordinateField.Y)]
    [InlineData("5381658.013", "523449.987", CoordinateField.Coordinates)]
    public void ParseVn2000_RejectsUnreadableOrOutOfVietnamValues(string x, string y, CoordinateField field)
    {
        var result = CoordinateParser.ParseVn2000(x, y, "5899");

        Assert.False(result.IsSuccess);
        Assert.Equal(field, result.Error.Field);
    }

    // Found by an outside review (issue 14): four numbers and digits of other scripts threw instead of answering.
    [Theory]
    [InlineData("107 58 41 7")]
    [InlineData("107°58'41\"7")]
    [InlineData("1 2 3 4 5 6")]
    [InlineData("١٠٧.٩٧٨٢٦")] // Arabic-Indic digits
    [InlineData("１０７.９７８２６")] // full-width digits
    [InlineData("१०७ ५८ ४१.७")] // Devanagari digits
    public void ParseAngle_AnswersUnreadableInsteadOfThrowing(string text)
    {
        var result = CoordinateParser.ParseAngle(text, Axis.Longitude);

        Assert.False(result.IsSuccess);
        Assert.Equal(CoordinateField.Longitude, result.Error!.Field);
        Assert.Contains("không đọc được", result.Error.MessageVi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("107 58 41 7", "21 31 48 3")]
    [InlineData("١٠٧.٩٧٨٢٦", "21.53008")]
    public void ParseLonLatAndParsePair_AnswerUnreadableInsteadOfThrowing(string lon, string lat)
    {
        Assert.False(CoordinateParser.ParseLonLat(lon, lat).IsSuccess);
        Assert.False(CoordinateParser.ParsePair($"{lat} {lon}").IsSuccess);
    }

    [Theory]
    [InlineData("EPSG:٥٨٩٩")]
    [InlineData("١٠٧-٤٥")]
    public void ParseVn2000_AnswersAnUnreadableZoneWrittenInOtherDigits(string zone)
    {
        var result = CoordinateParser.ParseVn2000("2381658.013", "523449.987", zone);

        Assert.False(result.IsSuccess);
        Assert.Equal(CoordinateField.Zone, result.Error.Field);
    }

    [Theory]
    [InlineData(102.0, 6.0, true)]
    [InlineData(117.9, 23.5, true)]
    [InlineData(111.6, 8.6, true)] // Trường Sa
    [InlineData(101.99, 21.0, false)]
    [InlineData(107.0, 23.51, false)]
    public void VietnamExtent_IncludesItsEdgesAndTheIslands(double lon, double lat, bool inside) =>
        Assert.Equal(inside, VietnamExtent.Contains(lon, lat));

    [Theory]
    [InlineData("21°31′48.3″N")]
    [InlineData("21\u00B031\u203248.3\u2033\u00A0N")]
    [InlineData("N\u2009107°58’41.7”")]
    [InlineData("21º31'48.3''n")]
    [InlineData("21d31m48.3s")]
    [InlineData("21°31'E\u0301")] // a combining mark: ICU's composition must still run
    [InlineData("\u212B 21°")] // the ångström sign, which composition replaces by Å on its own
    [InlineData("21\u2000°")]
    public void Normalize_GivesWhatUnicodeCompositionFirstWouldGive(string text)
    {
        // The shortcut that skips ICU for text composition leaves alone must not change a single character of the result.
        var reference = AngleNotation.Normalize(text.Normalize(System.Text.NormalizationForm.FormC));
        Assert.Equal(reference, AngleNotation.Normalize(text));
    }

    [Theory]
    [InlineData("21°31′48.3″n")]
    [InlineData("n\u2009107°58’41.7”")]
    [InlineData("21º31'48.3''e")]
    [InlineData("21d31m48.3s w")]
    [InlineData("21˚31´48.3`s")]
    [InlineData("é 21°")] // a letter with a case beyond ASCII: ICU's upper-casing must still run
    [InlineData("µ21°31'")] // the micro sign, whose capital is a Greek letter
    [InlineData("21°31'\u0131")] // a dotless i
    public void Normalize_UpperCasesAsTheInvariantCultureWould(string text)
    {
        // The shortcut that upper-cases ASCII letters itself, skipping ICU, must give what upper-casing the whole text first gives.
        var reference = AngleNotation.Normalize(text.Normalize(System.Text.NormalizationForm.FormC).ToUpperInvariant());
        Assert.Equal(reference, AngleNotation.Normalize(text));
        Assert.DoesNotContain(AngleNotation.Normalize(text), c => c is >= 'a' and <= 'z');
    }
}

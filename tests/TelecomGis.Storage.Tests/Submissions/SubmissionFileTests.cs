using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Storage.Tests.Submissions;

/// <summary>
/// A carrier's batch reads to the same rows whether it comes as CSV, Excel or GeoJSON; a file no reader can make sense of is refused
/// whole, in Vietnamese and English, naming the file; a row that cannot be read is that row's rejection.
/// </summary>
public class SubmissionFileTests
{
    private sealed record Site(
        string Carrier,
        string Code,
        double Lon,
        double Lat,
        string PoleClass,
        double HeightM,
        bool Camouflaged,
        string? Shares
    );

    private static readonly Site[] Sites =
    [
        new("Viettel", "MC-33", 107.97826, 21.53008, "A2b", 33, false, null),
        new("VNPT", "HL-12", 107.0753, 20.9512, "A1b", 12.5, true, null),
        new("MobiFone", "CP-40", 107.3, 21.05, "A2b", 40, false, "VT-0001"),
        new("MobiFone", "BAD-HEIGHT", 107.5, 21.2, "A2b", -5, false, null),
        new("Vietnamobile", "BAD-CLASS", 107.5, 21.2, "Z9", 30, false, null),
    ];

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static byte[] Csv(IEnumerable<Site> sites) =>
        Encoding.UTF8.GetBytes(
            "carrier,site_code,lon,lat,pole_class,height_m,camouflaged,shares_site_id\n"
                + string.Concat(
                    sites.Select(s =>
                        $"{s.Carrier},{s.Code},{Number(s.Lon)},{Number(s.Lat)},{s.PoleClass},{Number(s.HeightM)},{(s.Camouflaged ? "yes" : "no")},{s.Shares}\n"
                    )
                )
        );

    /// <summary>Typed cells, as a carrier's workbook has them: numbers are numbers, camouflage a boolean, an unshared site an empty cell.</summary>
    private static byte[] Xlsx(IEnumerable<Site?> sites, bool withCarrier = true)
    {
        var records = sites
            .Select(s =>
            {
                var record = new Dictionary<string, object?>();
                if (withCarrier)
                    record["carrier"] = s?.Carrier;
                record["site_code"] = s?.Code;
                record["lon"] = s?.Lon;
                record["lat"] = s?.Lat;
                record["pole_class"] = s?.PoleClass;
                record["height_m"] = s?.HeightM;
                record["camouflaged"] = s?.Camouflaged;
                record["shares_site_id"] = s?.Shares;
                return record;
            })
            .ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(records, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static byte[] GeoJson(IEnumerable<Site> sites, bool withCarrier = true)
    {
        var features = new JsonArray();
        foreach (var s in sites)
        {
            var properties = new JsonObject();
            if (withCarrier)
                properties["carrier"] = s.Carrier;
            properties["site_code"] = s.Code;
            properties["pole_class"] = s.PoleClass;
            properties["height_m"] = s.HeightM;
            properties["camouflaged"] = s.Camouflaged;
            if (s.Shares is not null)
                properties["shares_site_id"] = s.Shares;
            features.Add(
                new JsonObject
                {
                    ["type"] = "Feature",
                    ["properties"] = properties,
                    ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(s.Lon, s.Lat) },
                }
            );
        }
        return Encoding.UTF8.GetBytes(new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString());
    }

    private static IReadOnlyList<SubmissionRow> Read(string fileName, byte[] bytes, string? carrier = null, int maxRows = int.MaxValue) =>
        SubmissionFile.Read(new MemoryStream(bytes), fileName, carrier, maxRows);

    [Theory]
    [InlineData("sites.xlsx")]
    [InlineData("sites.geojson")]
    public void TheSameSitesAsExcelOrGeoJson_ReadToTheSameRowsAsTheirCsv_RejectionsIncluded(string fileName)
    {
        var csv = Read("sites.csv", Csv(Sites));
        Assert.Equal(3, csv.Count(r => r.Site is not null));
        Assert.Equal(["height_m", "pole_class"], csv.Where(r => r.Rejection is not null).Select(r => r.Rejection!.Field));

        var rows = Read(fileName, fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? Xlsx(Sites) : GeoJson(Sites));

        Assert.Equal(csv, rows);
    }

    [Fact]
    public void ExcelAndGeoJsonRowsWithoutACarrier_TakeTheUploadingCarrier()
    {
        foreach (
            var (name, bytes) in new[]
            {
                ("sites.xlsx", Xlsx(Sites, withCarrier: false)),
                ("sites.geojson", GeoJson(Sites, withCarrier: false)),
            }
        )
        {
            var rows = Read(name, bytes, carrier: "Viettel");
            Assert.All(rows, r => Assert.Equal("Viettel", r.Carrier));
            Assert.Equal(3, rows.Count(r => r.Site is not null));
        }
    }

    [Fact]
    public void WithoutAnUploadingCarrier_AnExcelHeaderWithoutCarrierIsRefused_AndGeoJsonRowsWithoutOneAreRejected()
    {
        var excel = Assert.Throws<SubmissionFileException>(() => Read("sites.xlsx", Xlsx(Sites, withCarrier: false)));
        Assert.Contains("The header lacks carrier", excel.Message);

        var rows = Read("sites.geojson", GeoJson(Sites, withCarrier: false));
        Assert.All(rows, r => Assert.Equal("carrier", r.Rejection?.Field));
    }

    [Fact]
    public void ABlankExcelRow_IsSkippedButCounted_SoRowNumbersAreThoseTheCarrierSees()
    {
        var rows = Read("sites.xlsx", Xlsx([Sites[0], null, Sites[1]]));
        Assert.Equal([1, 3], rows.Select(r => r.Row));
    }

    [Fact]
    public void AGeoJsonFeatureThatIsNotAPoint_IsThatRowsRejection_AndTheOtherRowsAreRead()
    {
        var collection = JsonNode.Parse(GeoJson(Sites.Take(2)))!;
        collection["features"]![0]!["geometry"] = JsonNode.Parse(
            """{"type":"Polygon","coordinates":[[[107,21],[107.1,21],[107.1,21.1],[107,21]]]}"""
        );
        var polygon = collection.ToJsonString();

        var rows = Read("sites.geojson", Encoding.UTF8.GetBytes(polygon));

        Assert.Equal(
            new RowRejection(
                1,
                "geometry",
                "Dòng 1, đối tượng phải là một điểm (Point), có tọa độ kinh độ, vĩ độ.",
                "Row 1, the feature must be a Point, not Polygon."
            ),
            rows[0].Rejection
        );
        Assert.Equal(("Viettel", "MC-33"), (rows[0].Carrier, rows[0].SiteCode));
        Assert.NotNull(rows[1].Site);
    }

    [Theory]
    [InlineData("sites.csv", SubmissionFileFormat.Csv)]
    [InlineData("SITES.TXT", SubmissionFileFormat.Csv)]
    [InlineData("Đợt 3.XLSX", SubmissionFileFormat.Excel)]
    [InlineData("sites.geojson", SubmissionFileFormat.GeoJson)]
    [InlineData("sites.json", SubmissionFileFormat.GeoJson)]
    [InlineData("sites.xls", null)]
    [InlineData("program.exe", null)]
    [InlineData("sites", null)]
    public void TheFormatIsTheOneTheNameSays(string fileName, SubmissionFileFormat? format) =>
        Assert.Equal(format, SubmissionFile.FormatOf(fileName));

    [Fact]
    public void AFileOfAnUnknownType_IsRefusedInBothLanguages()
    {
        var e = Assert.Throws<SubmissionFileException>(() => Read("program.exe", "MZ"u8.ToArray()));
        Assert.Equal("Unknown file type 'program.exe': send .csv, .xlsx or .geojson.", e.Message);
        Assert.Equal("Không nhận dạng được tệp 'program.exe': gửi .csv, .xlsx hoặc .geojson.", e.MessageVi);
    }

    /// <summary>Each file, and what the Vietnamese message says is wrong with it.</summary>
    public static TheoryData<string, byte[], string> Unreadable() =>
        new()
        {
            { "empty.csv", [], "tệp trống: dòng đầu phải là dòng tiêu đề" },
            {
                "no-coordinates.csv",
                "carrier,site_code,pole_class,height_m\nViettel,A,A2b,30\n"u8.ToArray(),
                "tệp thiếu cột Kinh độ và Vĩ độ (hoặc Tọa độ X, Tọa độ Y và Kinh tuyến trục theo VN-2000)."
            },
            { "not-a-zip.xlsx", "carrier,site_code\nViettel,A"u8.ToArray(), "tệp không phải tệp Excel .xlsx" },
            { "truncated-zip.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00], "tệp không phải tệp Excel .xlsx" },
            {
                "not-json.geojson",
                "{ \"type\": \"FeatureCollection\", \"features\": [ {"u8.ToArray(),
                "nội dung không phải JSON hợp lệ (lỗi ở dòng 1 của tệp)"
            },
            { "array.geojson", "[1, 2, 3]"u8.ToArray(), "tệp không chứa FeatureCollection GeoJSON" },
        };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void AFileItsReaderCannotMakeSenseOf_IsRefusedWhole_NamingTheFileAndWhy(string fileName, byte[] bytes, string whyVi)
    {
        var e = Assert.Throws<SubmissionFileException>(() => Read(fileName, bytes));
        Assert.StartsWith($"The file '{fileName}' cannot be read: ", e.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Không đọc được tệp '{fileName}': {whyVi}", e.MessageVi, StringComparison.Ordinal);
        Assert.NotNull(e.InnerException);
    }

    [Fact]
    public void MoreRowsThanTheLimit_IsRefused_AndWithoutALimitEveryRowIsRead()
    {
        var e = Assert.Throws<SubmissionFileException>(() => Read("sites.csv", Csv(Sites), maxRows: 4));
        Assert.Equal("The file has more than 4 rows; at most 4 are accepted in one batch.", e.Message);
        Assert.Equal("Tệp có quá 4 dòng.", e.MessageVi);
        Assert.Equal(5, Read("sites.csv", Csv(Sites)).Count);
        Assert.Equal(20_000, SubmissionFile.MaxRows);
    }
}

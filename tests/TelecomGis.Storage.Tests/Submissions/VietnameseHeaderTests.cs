using System.Text;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Storage.Tests.Submissions;

/// <summary>
/// A batch headed as departments and carriers write it — Vietnamese, with or without diacritics, in either Unicode form and either
/// tone placement, in any case, with units in parentheses — reads to the same rows as one headed with data/README.md's names, in
/// CSV, Excel and GeoJSON; a missing column is named in Vietnamese; a row's error names the row, the column and the reason.
/// </summary>
public class VietnameseHeaderTests
{
    private const string English = "carrier,site_code,lon,lat,pole_class,height_m,building_height_m,camouflaged,shares_site_id";

    private const string Vietnamese =
        "Nhà mạng,Mã trạm,Kinh độ,Vĩ độ,Loại cột,Chiều cao cột (m),Chiều cao công trình/nhà (m),Ngụy trang,Dùng chung trạm";

    private const string WithoutDiacritics =
        "nha mang,MA TRAM,kinh do,vi do,loai cot,chieu cao cot (m),chieu cao cong trinh/nha (m),nguy trang,dung chung tram";

    // Rows in the department's way of writing: class "A1-a" and lowercase, camouflage as có/không/x.
    private const string Rows = """
        Viettel,QN-HL-001,107.0753,20.9512,A2b,33,,không,
        VNPT,QN-HL-002,107.0801,20.9533,a1-a,6,18.5,có,
        MobiFone,QN-CP-003,107.3,21.05,A2-B,40,,x,VT-0001
        """;

    private static IReadOnlyList<SubmissionRow> ReadCsv(string header, string rows = Rows) =>
        SubmissionFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(header + "\n" + rows + "\n")), "sites.csv");

    [Fact]
    public void AVietnameseHeader_WithOrWithoutDiacritics_ReadsTheSameRowsAsTheEnglishOne()
    {
        var english = ReadCsv(English);
        Assert.All(english, r => Assert.Null(r.Rejection));
        Assert.Equal([PoleClass.A2b, PoleClass.A1a, PoleClass.A2b], english.Select(r => r.Site!.PoleClass));
        Assert.Equal([false, true, true], english.Select(r => r.Site!.Camouflaged));
        Assert.Equal(18.5, english[1].Site!.BuildingHeightM);
        Assert.Equal("VT-0001", english[2].Site!.SharesSiteId);

        Assert.Equal(english, ReadCsv(Vietnamese));
        Assert.Equal(english, ReadCsv(WithoutDiacritics));
    }

    /// <summary>A carrier's sheet with its EIRP in watts, headed so: 20 is 20 W (43 dBm), as the same figure in dBm is 20 dBm.</summary>
    [Fact]
    public void AnEirpColumnHeadedInWatts_IsReadInWatts()
    {
        var header = "Nhà mạng,Mã trạm,Kinh độ,Vĩ độ,Loại cột,Chiều cao cột (m),Ngụy trang,";
        var row = "Viettel,QN-HL-001,107.0753,20.9512,A2b,33,không,20";
        var watts = Assert.Single(ReadCsv(header + "Công suất bức xạ EIRP (W)", row)).Site!;
        var dbm = Assert.Single(ReadCsv(header + "Công suất bức xạ EIRP (dBm)", row)).Site!;
        Assert.Equal(43.0103, Assert.Single(watts.Sectors!).EirpDbm, 4);
        Assert.Equal(20, Assert.Single(dbm.Sectors!).EirpDbm, 4);
    }

    [Theory]
    [InlineData(NormalizationForm.FormC)]
    [InlineData(NormalizationForm.FormD)]
    public void EitherUnicodeForm_OfHeadersAndValues_ReadsAlike(NormalizationForm form)
    {
        var rows = ReadCsv(Vietnamese.Normalize(form), Rows.Normalize(form));
        Assert.Equal(ReadCsv(English), rows);
    }

    [Theory]
    [InlineData("Tọa độ X (VN-2000)", "x")]
    [InlineData("Toạ độ X", "x")]
    [InlineData("TOA_DO_Y", "y")]
    [InlineData("  Kinh   tuyến  trục ", "epsg")]
    [InlineData("Múi chiếu", "epsg")]
    [InlineData("Nhà mạng / Doanh nghiệp", "carrier")]
    [InlineData("Doanh nghiệp", "carrier")]
    [InlineData("Xã/phường", "commune_code")]
    [InlineData("Cao độ nền (m)", "ground_elevation_m")]
    [InlineData("Tên trạm", "site_name")]
    [InlineData("Địa chỉ", "address")]
    [InlineData("dia chi", "address")]
    [InlineData("Height_M", "height_m")]
    [InlineData("Chiều cao (m)", "height_m")]
    [InlineData("Chiều cao công trình", "building_height_m")]
    [InlineData("Ghi chú", null)]
    public void AHeader_NamesTheColumnItsWordsSay(string header, string? column) =>
        Assert.Equal(column, SubmissionColumns.Canonical(header));

    [Fact]
    public void OldAndNewTonePlacement_GiveOneKey()
    {
        Assert.Equal(SubmissionColumns.Key("Tọa độ"), SubmissionColumns.Key("Toạ độ"));
        Assert.Equal(SubmissionColumns.Key("Thủy"), SubmissionColumns.Key("Thuỷ"));
    }

    [Fact]
    public void VN2000Columns_WithTheCentralMeridianWrittenAnyWay_ReadToTheSamePoint()
    {
        // Bãi Cháy in VN-2000 TM-3, central meridian 107°45' (EPSG:5899).
        var header = "Nhà mạng,Mã trạm,Tọa độ X (VN-2000),Tọa độ Y (VN-2000),Kinh tuyến trục,Loại cột,Chiều cao cột (m)";
        var rows = ReadCsv(
            header,
            """
            Viettel,A,2318000,431000,107°45',A2b,30
            Viettel,B,2318000,431000,107.75,A2b,30
            Viettel,C,2318000,431000,107 45,A2b,30
            Viettel,D,2318000,431000,EPSG:5899,A2b,30
            """
        );
        Assert.All(rows, r => Assert.Null(r.Rejection));
        Assert.All(rows, r => Assert.Equal(rows[0].Site!.LonDeg, r.Site!.LonDeg, 9));
        Assert.All(rows, r => Assert.Equal(rows[0].Site!.LatDeg, r.Site!.LatDeg, 9));
    }

    [Fact]
    public void AMixedLanguageHeader_WithUnknownColumns_IsRead_AndTheUnknownOnesIgnored()
    {
        var rows = ReadCsv(
            "STT,carrier,Mã trạm,Tên trạm,lon,Vĩ độ,Loại cột,height_m,Ghi chú",
            "1,Viettel,QN-HL-001,Trạm Hùng Thắng,107.0753,20.9512,A2b,33,đã khảo sát"
        );
        var site = Assert.Single(rows).Site!;
        Assert.Equal(("QN-HL-001", 107.0753, 20.9512, 33.0), (site.SiteCode, site.LonDeg, site.LatDeg, site.HeightM));
    }

    [Fact]
    public void AMissingRequiredColumn_IsNamedInVietnamese()
    {
        var e = Assert.Throws<SubmissionFileException>(() => ReadCsv("Nhà mạng,Kinh độ,Vĩ độ,Chiều cao cột (m)", "Viettel,107,21,30"));
        Assert.Equal("Không đọc được tệp 'sites.csv': tệp thiếu cột Mã trạm, Loại cột.", e.MessageVi);
        Assert.Contains("lacks site_code, pole_class", e.Message);
    }

    [Fact]
    public void ARowThatCannotBeRead_SaysTheRowTheColumnAndTheReason_InBothLanguages()
    {
        var rows = ReadCsv(
            "Nhà mạng;Mã trạm;Kinh độ;Vĩ độ;Loại cột;Chiều cao cột (m)",
            """
            Viettel;A;107,0753;20,9512;A2b;33
            Viettel;B;107,0753;20,9512;A2b;10x5,3
            Viettel;C;107,0753;20,9512;Z9;30
            Viettel;D;107,0753;;A2b;30
            """
        );
        Assert.Null(rows[0].Rejection);
        Assert.Equal(
            new RowRejection(
                2,
                "height_m",
                "Dòng 2, cột Chiều cao cột (m): không đọc được \"10x5,3\" thành số.",
                "Row 2, column pole height (m): cannot read \"10x5,3\" as a number."
            ),
            rows[1].Rejection
        );
        Assert.StartsWith(
            "Dòng 3, cột Loại cột: \"Z9\" không phải loại cột hợp lệ",
            rows[2].Rejection!.MessageVi,
            StringComparison.Ordinal
        );
        Assert.StartsWith("Dòng 4, trường vĩ độ: chưa nhập giá trị.", rows[3].Rejection!.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExcelWorkbookWithVietnameseHeaders_ReadsAsItsCsv()
    {
        var header = Vietnamese.Normalize(NormalizationForm.FormD).Split(',');
        var records = Rows.Split('\n')
            .Select(line =>
            {
                var cells = line.Trim().Split(',');
                var record = new Dictionary<string, object?>();
                for (var i = 0; i < header.Length; i++)
                {
                    record[header[i]] = cells[i] switch
                    {
                        "" => null,
                        var t when double.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
                        var t => t,
                    };
                }
                return record;
            })
            .ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(records, excelType: ExcelType.XLSX);
        stream.Position = 0;

        var rows = SubmissionFile.Read(stream, "Đợt 1.xlsx");

        Assert.Equal(ReadCsv(English), rows);
    }

    [Fact]
    public void GeoJsonPropertiesWithVietnameseNames_ReadAsTheirCsv()
    {
        var features = new JsonArray();
        foreach (var (code, lon, lat, cls, height) in new[] { ("QN-HL-001", 107.0753, 20.9512, "A2b", 33.0) })
        {
            features.Add(
                new JsonObject
                {
                    ["type"] = "Feature",
                    ["properties"] = new JsonObject
                    {
                        ["Nhà mạng"] = "Viettel",
                        ["Ma tram"] = code,
                        ["LOẠI CỘT"] = cls,
                        ["Chiều cao cột (m)"] = height,
                        ["Ngụy trang"] = "không",
                    },
                    ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon, lat) },
                }
            );
        }
        var bytes = Encoding.UTF8.GetBytes(new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString());

        var rows = SubmissionFile.Read(new MemoryStream(bytes), "sites.geojson");

        Assert.Equal(ReadCsv(English).Take(1), rows);
    }
}

using System.Globalization;
using System.Text.Json;

namespace TelecomGis.Cli.Tests;

/// <summary>The coverage, postal, fiber and resilience commands as a user runs them, on the bundled Quảng Ninh plan.</summary>
public class AnalysisCommandTests
{
    private const string Date = "2026-01-01";

    private static readonly string[] Environments = ["đô thị lớn", "đô thị vừa và nhỏ", "ven đô", "vùng trống trải"];

    private static readonly string[] HeadquartersWords = ["trụ sở UBND", "điểm bên trong địa giới (không có trụ sở)"];

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.GetRecords<dynamic>()
            .Select(r => ((IDictionary<string, object>)r).ToDictionary(kv => kv.Key, kv => (string)kv.Value))
            .ToList();
    }

    [Fact]
    public void Coverage_WritesTheGeoTiffsGapsAndTheCommuneTable()
    {
        var dir = CliRunner.NewTempDir();
        var r = CliRunner.Run(
            null,
            "coverage",
            "--plan",
            CliRunner.QuangNinh,
            "--resolution",
            "2000",
            "--date",
            Date,
            "--out",
            dir,
            "--lang",
            "en"
        );
        Assert.True(r.ExitCode == 0, r.Stderr);
        foreach (var f in new[] { "coverage.tif", "best-server.tif", "servers.csv", "communes.csv", "gaps.geojson" })
            Assert.True(File.Exists(Path.Combine(dir, f)), f);
        Assert.Empty(Directory.GetFiles(dir, "*.partial"));

        var communes = ReadCsv(Path.Combine(dir, "communes.csv"));
        // 54 units valid in 2026 × (per technology: all carriers + each carrier with that technology).
        Assert.Equal(0, communes.Count % 54);
        Assert.Equal(
            54,
            communes.Where(c => c["technology"] == "4G" && c["carrier"] == "all").Select(c => c["commune_code"]).Distinct().Count()
        );
        Assert.All(communes, c => Assert.InRange(double.Parse(c["area_share"], CultureInfo.InvariantCulture), 0, 1));
        Assert.Contains("of the population", r.Stderr);

        var servers = ReadCsv(Path.Combine(dir, "servers.csv"));
        Assert.Equal(2782, servers.Count); // every sector of the 1,400 sites
        using var gaps = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "gaps.geojson")));
        Assert.All(gaps.RootElement.GetProperty("features").EnumerateArray(), g =>
            Assert.True(g.GetProperty("properties").GetProperty("area_km2").GetDouble() >= 1)
        );
    }

    /// <summary>The commune and server tables a planner opens in Excel: Vietnamese headers and words, no English enum or model words.</summary>
    [Fact]
    public void Coverage_InVietnamese_WritesItsTablesInVietnamese()
    {
        var dir = CliRunner.NewTempDir();
        var r = CliRunner.Run(null, "coverage", "--plan", CliRunner.QuangNinh, "--resolution", "5000", "--date", Date, "--out", dir);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var communes = ReadCsv(Path.Combine(dir, "communes.csv"));
        Assert.Equal(
            54,
            communes
                .Where(c => c["Công nghệ"] == "4G" && c["Doanh nghiệp"] == "Tất cả doanh nghiệp")
                .Select(c => c["Mã xã"])
                .Distinct()
                .Count()
        );
        Assert.Equal(["Phường", "Xã", "Đặc khu"], communes.Select(c => c["Loại đơn vị"]).Distinct().Order(StringComparer.Ordinal));
        Assert.All(communes, c => Assert.InRange(double.Parse(c["Tỷ lệ dân số được phủ sóng"], CultureInfo.InvariantCulture), 0, 1));
        var servers = ReadCsv(Path.Combine(dir, "servers.csv"));
        Assert.Equal(2782, servers.Count);
        Assert.All(servers, s => Assert.Contains(s["Môi trường truyền sóng"], Environments));
        var text = File.ReadAllText(Path.Combine(dir, "servers.csv")) + File.ReadAllText(Path.Combine(dir, "communes.csv"));
        Assert.DoesNotMatch("Urban|Suburban|Open|urban|suburban|open\\)|outside|frequency|Ward|Commune|,all,", text);

        // The communes' table again as a workbook: the same lines, the shares as numbers.
        var sheet = MiniExcelLibs
            .MiniExcel.Query(Path.Combine(dir, "communes.xlsx"), useHeaderRow: true, sheetName: "Vùng phủ sóng theo xã")
            .Cast<IDictionary<string, object?>>()
            .ToList();
        Assert.Equal(communes.Count, sheet.Count);
        Assert.All(sheet, c => Assert.IsType<double>(c["Tỷ lệ dân số được phủ sóng"]));
        Assert.Equal(communes.Select(c => c["Xã, phường"]), sheet.Select(c => (string)c["Xã, phường"]!));

        // The progress says what is counted ("Vùng phủ sóng, số hàng ô lưới đã tính: 11/22 (50%)"), not "Vùng phủ: 22 hàng: 11/22".
        Assert.Contains("Vùng phủ sóng, số hàng ô lưới đã tính: ", r.Stderr);
        Assert.DoesNotContain(" hàng: ", r.Stderr);
    }

    /// <summary>When every rural commune has its cultural post office the line says so in words, not "chưa có: không".</summary>
    [Fact]
    public void Postal_InVietnamese_SaysInWordsThatNoCommuneLacksACulturalPostOffice()
    {
        var r = CliRunner.Run(null, "postal", "--plan", CliRunner.QuangNinh, "--date", Date, "--out", CliRunner.NewTempDir());
        Assert.True(r.ExitCode == 0, r.Stderr);
        var line = r.Stderr.Split('\n').Single(l => l.Contains("xã có điểm Bưu điện – Văn hóa xã", StringComparison.Ordinal));
        Assert.Matches(@"^(\d+) trên \1 xã có điểm Bưu điện – Văn hóa xã; chưa có: không có xã nào$", line.TrimEnd());
    }

    [Theory]
    [InlineData("--resolution", "5", "resolution 5 m is outside 25–10,000 m")]
    [InlineData("--thresholds", "6G=-90", "--thresholds: unknown technology '6G'")]
    [InlineData("--plan", "/nonexistent/plan", "does not exist")]
    public void Coverage_BadInputGivesOneClearMessageAndExit1(string option, string value, string message)
    {
        var args = new List<string> { "coverage", "--lang", "en", "--plan", CliRunner.QuangNinh, "--out", CliRunner.NewTempDir() };
        var at = args.IndexOf(option);
        if (at >= 0)
            args[at + 1] = value;
        else
            args.AddRange([option, value]);
        var r = CliRunner.Run(null, [.. args]);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(message, r.Stderr);
        Assert.Single(r.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Coverage_AParameterOutOfRange_IsSaidInVietnamese()
    {
        var r = CliRunner.Run(null, "coverage", "--plan", CliRunner.QuangNinh, "--out", CliRunner.NewTempDir(), "--resolution", "5");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("lỗi: cạnh ô lưới 5 m nằm ngoài khoảng 25–10.000 m.", r.Stderr.Trim());
    }

    [Fact]
    public void Postal_WritesCommuneAndDistrictTablesAndNamesTheCommunesWithoutACulturalPostOffice()
    {
        var dir = CliRunner.NewTempDir();
        var r = CliRunner.Run(null, "postal", "--plan", CliRunner.QuangNinh, "--date", Date, "--out", dir, "--lang", "en");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var communes = ReadCsv(Path.Combine(dir, "postal-communes.csv"));
        Assert.Equal(54, communes.Count);
        // Counted as the department counts it: over the rural communes (xã) only; a ward without one is no gap.
        var rural = communes.Where(c => c["commune"].StartsWith("Xã ", StringComparison.Ordinal)).ToList();
        var without = rural.Where(c => c["cultural_post_offices"] == "0").Select(c => c["commune"]).ToList();
        Assert.InRange(rural.Count, 1, 53);
        Assert.Contains($"{rural.Count - without.Count} of {rural.Count} rural communes have a cultural post office", r.Stderr);
        Assert.All(without, name => Assert.Contains(name, r.Stderr));
        var wardsWithout = communes.Where(c =>
            !c["commune"].StartsWith("Xã ", StringComparison.Ordinal) && c["cultural_post_offices"] == "0"
        );
        var line = r.Stderr.Split('\n').Single(l => l.Contains("rural communes have a cultural post office", StringComparison.Ordinal));
        Assert.All(wardsWithout, c => Assert.DoesNotContain(c["commune"], line));
        var province = ReadCsv(Path.Combine(dir, "postal-districts.csv")).Last();
        Assert.Equal("Quảng Ninh", province["district"]);
        Assert.Equal(351, int.Parse(province["points"], CultureInfo.InvariantCulture)); // every point of post-offices.geojson
        var area = double.Parse(province["area_km2"], CultureInfo.InvariantCulture);
        Assert.Equal(Math.Sqrt(area / (Math.PI * 351)), double.Parse(province["service_radius_km"], CultureInfo.InvariantCulture), 0.001);
    }

    [Fact]
    public void Fiber_WritesLengthsReachAndTheUndergroundingList()
    {
        var dir = CliRunner.NewTempDir();
        var r = CliRunner.Run(null, "fiber", "--plan", CliRunner.QuangNinh, "--date", Date, "--out", dir);
        Assert.True(r.ExitCode == 0, r.Stderr);
        // Vietnamese writes thousands with a dot: 1.054 m, never 1,054 m (which would read as one metre and a bit).
        Assert.Matches(@"xa hơn 500 m: .*\(\d{1,2}\.\d{3} m\)", r.Stderr);
        Assert.DoesNotMatch(@"\(\d{1,2},\d{3} m\)|[A-Za-z]+ \d{1,2},\d{3} m", r.Stderr);
        // The tables in Vietnamese, as the summary: headers, the province's line, the laying and yes/no in words.
        var lengths = ReadCsv(Path.Combine(dir, "fiber-lengths.csv"));
        var province = lengths.Where(l => l["Huyện"] == "(toàn tỉnh)").ToList();
        Assert.Equal(112, province.Sum(l => int.Parse(l["Số tuyến"], CultureInfo.InvariantCulture)));
        Assert.Equal(["ngầm", "treo"], province.Select(l => l["Cách lắp đặt"]).Distinct().Order());
        var reach = ReadCsv(Path.Combine(dir, "fiber-reach.csv"));
        Assert.Equal(54, reach.Count);
        Assert.All(reach, c =>
        {
            var near = double.Parse(c["Khoảng cách đến tuyến cáp (m)"], CultureInfo.InvariantCulture) <= 500;
            Assert.Equal(near ? "có" : "không", c["Đã có cáp quang đến"]);
            Assert.Contains(c["Vị trí tính khoảng cách"], HeadquartersWords);
        });
        Assert.All(ReadCsv(Path.Combine(dir, "undergrounding.csv")), u =>
            Assert.True(double.Parse(u["Chiều dài cáp treo trong vùng (m)"], CultureInfo.InvariantCulture) > 0)
        );
        // The three tables again in one workbook, a sheet each, their figures as numbers (a Vietnamese Excel reads the CSV's
        // decimal points as text).
        Assert.Contains("và fiber.xlsx (cả ba bảng)", r.Stderr, StringComparison.Ordinal);
        var workbook = Path.Combine(dir, "fiber.xlsx");
        Assert.Equal(["Chiều dài cáp quang", "Cáp quang đến trụ sở xã", "Ngầm hóa cáp"], MiniExcelLibs.MiniExcel.GetSheetNames(workbook));
        var reachSheet = MiniExcelLibs
            .MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "Cáp quang đến trụ sở xã")
            .Cast<IDictionary<string, object?>>()
            .ToList();
        Assert.Equal(reach.Count, reachSheet.Count);
        Assert.All(reachSheet, c => Assert.IsType<double>(c["Khoảng cách đến tuyến cáp (m)"]));
        Assert.Equal(reach.Select(c => c["Đã có cáp quang đến"]), reachSheet.Select(c => (string)c["Đã có cáp quang đến"]!));
        var en = CliRunner.Run(null, "fiber", "--plan", CliRunner.QuangNinh, "--date", Date, "--out", dir, "--lang", "en");
        Assert.True(en.ExitCode == 0, en.Stderr);
        Assert.All(ReadCsv(Path.Combine(dir, "fiber-reach.csv")), c =>
            Assert.Equal(double.Parse(c["distance_m"], CultureInfo.InvariantCulture) <= 500 ? "yes" : "no", c["reached"])
        );
        Assert.Contains(ReadCsv(Path.Combine(dir, "fiber-lengths.csv")), l => l["district"] == "(province)" && l["laying"] == "aerial");

        var missing = CliRunner.Run(
            null,
            "fiber",
            "--plan",
            CliRunner.QuangNinh,
            "--out",
            dir,
            "--zones",
            "/nonexistent.geojson",
            "--lang",
            "en"
        );
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("--zones: file '/nonexistent.geojson' does not exist", missing.Stderr);
    }

    [Fact]
    public void Resilience_AHazardAreaFailsTheSitesInsideAndListsTheCommunesThatLoseCoverage()
    {
        var dir = CliRunner.NewTempDir();
        var hazard = Path.Combine(dir, "storm.geojson");
        // A box over central Hạ Long (107.00–107.12 E, 20.93–21.00 N).
        File.WriteAllText(
            hazard,
            """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon",
            "coordinates":[[[107.00,20.93],[107.12,20.93],[107.12,21.00],[107.00,21.00],[107.00,20.93]]]}}]}
            """
        );
        var r = CliRunner.Run(
            null,
            "resilience",
            "--plan",
            CliRunner.QuangNinh,
            "--hazard",
            hazard,
            "--resolution",
            "1000",
            "--date",
            Date,
            "--out",
            dir,
            "--lang",
            "en"
        );
        Assert.True(r.ExitCode == 0, r.Stderr);
        var failed = ReadCsv(Path.Combine(dir, "failed-sites.csv"));
        Assert.NotEmpty(failed);
        Assert.All(failed, f => Assert.Equal("not recorded", f["backup_power"])); // the bundle records no backup power
        Assert.True(File.Exists(Path.Combine(dir, "critical-sites.csv")) && File.Exists(Path.Combine(dir, "critical-sites.geojson")));
        Assert.Contains($"{failed.Count} of 1400 sites fail", r.Stderr.Replace(",", ""));
        var losses = ReadCsv(Path.Combine(dir, "resilience.csv"));
        Assert.NotEmpty(losses);
        Assert.All(losses, l => Assert.True(double.Parse(l["people_losing_coverage"], CultureInfo.InvariantCulture) >= 0));

        var unknown = CliRunner.Run(
            null,
            "resilience",
            "--plan",
            CliRunner.QuangNinh,
            "--failed-sites",
            "QN-NOPE",
            "--out",
            dir,
            "--lang",
            "en"
        );
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("the plan has no site QN-NOPE", unknown.Stderr);
    }

    /// <summary>Vietnamese writes thousands with a dot, in the summary and the progress line alike: "trên 1.400 trạm".</summary>
    [Fact]
    public void Resilience_InVietnamese_GroupsThousandsTheVietnameseWay()
    {
        var dir = CliRunner.NewTempDir();
        var r = CliRunner.Run(
            null,
            "resilience",
            "--plan",
            CliRunner.QuangNinh,
            "--failed-sites",
            "QN-S00001,QN-S00002",
            "--resolution",
            "1000",
            "--date",
            Date,
            "--out",
            dir
        );
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("2 trên 1.400 trạm mất hoạt động", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d,\d{3}", r.Stderr);

        // The tables in Vietnamese too: headers, backup power "not recorded" in words.
        var failed = ReadCsv(Path.Combine(dir, "failed-sites.csv"));
        Assert.Equal(["QN-S00001", "QN-S00002"], failed.Select(f => f["Mã vị trí"]));
        Assert.All(failed, f => Assert.Equal("chưa ghi nhận", f["Nguồn dự phòng"]));
        Assert.All(ReadCsv(Path.Combine(dir, "resilience.csv")), l =>
            Assert.True(double.Parse(l["Số người mất sóng"], CultureInfo.InvariantCulture) >= 0)
        );
        Assert.StartsWith(
            "\uFEFFMã vị trí,Doanh nghiệp,Mã trạm,",
            File.ReadAllText(Path.Combine(dir, "critical-sites.csv"), new System.Text.UTF8Encoding(false))
        );
    }

    [Fact]
    public void Resilience_RefusesHoursWithoutAHazardInOneLine()
    {
        var r = CliRunner.Run(
            null,
            "resilience",
            "--plan",
            CliRunner.QuangNinh,
            "--failed-sites",
            "QN-S00001",
            "--hours",
            "6",
            "--out",
            Path.Combine(Path.GetTempPath(), $"resilience-{Guid.NewGuid():N}"),
            "--lang",
            "en"
        );
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("--hours goes with --hazard only", r.Stderr);
    }
}

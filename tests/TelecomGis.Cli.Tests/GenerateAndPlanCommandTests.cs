namespace TelecomGis.Cli.Tests;

public class GenerateAndPlanCommandTests
{
    [Fact]
    public void ProposalsAreReproducibleFromTheirSeed()
    {
        var a = CliRunner.Run(null, "generate", "proposals", "--plan", CliRunner.QuangNinh, "--count", "50", "--seed", "3");
        var b = CliRunner.Run(null, "generate", "proposals", "--plan", CliRunner.QuangNinh, "--count", "50", "--seed", "3");
        var c = CliRunner.Run(null, "generate", "proposals", "--plan", CliRunner.QuangNinh, "--count", "50", "--seed", "4");
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(51, a.Stdout.TrimEnd().Split('\n').Length);
        Assert.Equal(a.Stdout, b.Stdout);
        Assert.NotEqual(a.Stdout, c.Stdout);
    }

    [Fact]
    public void PlanInfoShowsTheVersionLayersAndCitedRules()
    {
        var r = CliRunner.Run(null, "plan", "info", "--plan", CliRunner.QuangNinh, "--lang", "en");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("EPSG:5899", r.Stdout);
        Assert.Matches(@"version\s+[0-9a-f]{64}", r.Stdout);
        Assert.Contains("Height from which height approval is needed: 45 m (Nghị định 32/2016/NĐ-CP) [R11.height_approval]", r.Stdout);
        Assert.Contains("Inner horizontal surface: radius: 4,000 m", r.Stdout);
    }

    /// <summary>
    /// A plan read whole is remembered in the cache folder by its version, so the next command does not check its polygons'
    /// validity again; the second run says the same. "off" keeps nothing.
    /// </summary>
    [Fact]
    public void APlanReadOnce_IsRememberedAsValid_InTheCacheFolder()
    {
        var cache = CliRunner.NewTempDir();
        try
        {
            var env = new Dictionary<string, string> { ["TELECOMGIS_CACHE_DIR"] = cache };
            var first = CliRunner.RunWith(env, null, "plan", "info", "--plan", CliRunner.QuangNinh);
            Assert.Equal(0, first.ExitCode);
            var version = System.Text.RegularExpressions.Regex.Match(first.Stdout, "[0-9a-f]{64}").Value;
            var marker = Assert.Single(Directory.GetFiles(cache, "*", SearchOption.AllDirectories));
            Assert.Equal(version, Path.GetFileName(marker));
            Assert.Contains("Quảng Ninh", File.ReadAllText(marker), StringComparison.Ordinal);

            var second = CliRunner.RunWith(env, null, "plan", "info", "--plan", CliRunner.QuangNinh);
            Assert.Equal(first.Stdout, second.Stdout);

            var off = CliRunner.NewTempDir();
            var none = CliRunner.RunWith(
                new Dictionary<string, string> { ["TELECOMGIS_CACHE_DIR"] = "off", ["XDG_CACHE_HOME"] = off },
                null,
                "plan",
                "info",
                "--plan",
                CliRunner.QuangNinh
            );
            Assert.Equal(first.Stdout, none.Stdout);
            Assert.Empty(Directory.GetFiles(off, "*", SearchOption.AllDirectories));
            Directory.Delete(off, recursive: true);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    /// <summary>
    /// Vietnamese first: each rule-table row is named in words, its figure written the Vietnamese way, with its rules.csv key only
    /// in brackets at the end; the plan is named by its approving decision, right under its name; the hash comes once, on the last
    /// line, labelled as the code machines use, never among the lines a planner reads first.
    /// </summary>
    [Fact]
    public void PlanInfo_InVietnamese_NamesEachRuleRowInWords()
    {
        var r = CliRunner.Run(null, "plan", "info", "--plan", CliRunner.QuangNinh);
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.TrimEnd().Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal("phê duyệt  Quyết định số 1234/QĐ-UBND ngày 15/06/2023", lines[1]);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(r.Stdout, "[0-9a-f]{12,}"));
        Assert.Matches(
            @"^mã phiên bản dùng cho máy \(SHA-256 các tệp của gói; dùng trong API và các tệp kết quả\): [0-9a-f]{64}$",
            lines[^1]
        );
        Assert.Contains("trạm 1.400, ", r.Stdout);
        Assert.Contains("Độ cao công trình từ mức này trở lên phải được chấp thuận độ cao: 45 m (", r.Stdout);
        Assert.Contains("Khoảng cách tối thiểu giữa hai cột A2b, khu vực đô thị: 300 m (", r.Stdout);
        Assert.Contains("Bán kính bề mặt ngang trong: 4.000 m (", r.Stdout);
        Assert.Contains("Độ dốc đoạn thứ hai bề mặt tiếp cận: 2,5 % (", r.Stdout);
        Assert.Contains("Năm phải hoàn thành ngầm hóa cáp: 2028 (", r.Stdout);
        // Every row of the table opens with words, not with its key.
        var rows = lines.Where(l => l.EndsWith(']')).ToList();
        Assert.Equal(32, rows.Count);
        Assert.All(rows, row => Assert.DoesNotMatch(@"^(R\d\d|WHERE|ROADMAP)\.", row));
    }

    /// <summary>Vietnamese first: the bundle written is named by its approving decision, never by its hash.</summary>
    [Fact]
    public void GenerateBundle_NamesTheBundleByItsApprovingDecision_NotByItsHash()
    {
        var r = CliRunner.Run(null, "generate", "bundle", "--out", Path.Combine(CliRunner.NewTempDir(), "quang-ninh"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        // The last line; the lines before it name the output folder, whose temporary name is hexadecimal.
        var written = r.Stderr.TrimEnd().Split('\n')[^1];
        Assert.Matches(
            @"^đã ghi gói dữ liệu: 1\.400 trạm, \d+ vùng quy hoạch, \d+ vị trí quy hoạch; Quy hoạch .+ tỉnh Quảng Ninh \(dữ liệu mẫu\), Quyết định số 1234/QĐ-UBND ngày 15/06/2023$",
            written
        );
        Assert.DoesNotMatch("[0-9a-f]{12}", written);
    }

    /// <summary>The generator's steps are said in the user's language, Vietnamese by default: no "Reading the 2025 …" lines.</summary>
    [Fact]
    public void GenerateBundle_SaysItsStepsInVietnamese()
    {
        var r = CliRunner.Run(null, "generate", "bundle", "--out", Path.Combine(CliRunner.NewTempDir(), "quang-ninh"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        var lines = r.Stderr.TrimEnd().Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal("Đang đọc ranh giới xã, phường năm 2025 và năm 2009", lines[0]);
        Assert.StartsWith("Đang ghi gói dữ liệu vào ", lines[^2], StringComparison.Ordinal);
        Assert.StartsWith("đã ghi gói dữ liệu: ", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotMatch("Reading|Uniting|Drawing|Placing|Writing", r.Stderr);
    }

    /// <summary>The description names every province the command draws, not only Quảng Ninh, since --province exists.</summary>
    [Fact]
    public void GenerateBundle_Help_NamesTheProvincesItDraws()
    {
        var vi = CliRunner.Run(null, "generate", "bundle", "--help").Stdout;
        var en = CliRunner.Run(null, "generate", "bundle", "--help", "--lang", "en").Stdout;

        Assert.Contains(
            "Tạo gói dữ liệu một tỉnh: ranh giới và sân bay thật, lớp tổng hợp theo hạt giống; Quảng Ninh (mặc định) có quy hoạch và hạ tầng, Hải Phòng hoặc Vĩnh Long (--province) có hạ tầng hiệu chỉnh theo số liệu Hải Dương cũ.",
            vi,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("Tạo gói dữ liệu Quảng Ninh:", vi, StringComparison.Ordinal);
        Assert.Contains(
            "Generate a province's bundle: real boundaries and airports, seeded synthetic layers; Quảng Ninh (the default) with a plan and infrastructure,",
            en,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void AnUnknownOptionIsAnErrorNotACrash()
    {
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--bogus");
        Assert.NotEqual(0, r.ExitCode);
        Assert.DoesNotContain("Unhandled exception", r.Stderr);
    }
}

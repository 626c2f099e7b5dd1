namespace TelecomGis.Cli.Tests;

/// <summary><c>register import</c>, <c>counts</c>, <c>export</c> and <c>conformity</c> on a store of their own.</summary>
public sealed class RegisterCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("telecomgis-register-").FullName;

    [Fact]
    public void Import_PutsTheBundlesSitesInTheRegisterOnce_AndCountsPositionsAndBtsPerTechnology()
    {
        var store = Path.Combine(_dir, "register.gpkg");
        var first = CliRunner.Run(null, "register", "import", "--store", store, "--plan", CliRunner.QuangNinh);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("đã nhập 1.400 vị trí (0 vị trí đã có)", first.Stdout);
        Assert.Contains("1.400 vị trí", first.Stdout);

        var again = CliRunner.Run(null, "register", "import", "--store", store, "--plan", CliRunner.QuangNinh);
        Assert.Contains("đã nhập 0 vị trí (1.400 vị trí đã có)", again.Stdout);

        var counts = CliRunner.Run(null, "register", "counts", "--store", store, "--lang", "en");
        Assert.Equal(0, counts.ExitCode);
        Assert.Matches(@"^1,400 structures, [\d,]+ BTS \(2G: [\d,]+, 3G: [\d,]+, 4G: [\d,]+, 5G: [\d,]+\)", counts.Stdout);
        // Before anything was imported, the register was empty.
        Assert.StartsWith("0 vị trí", CliRunner.Run(null, "register", "counts", "--store", store, "--as-of", "2020-01-01").Stdout);
    }

    [Fact]
    public void CountsOnAMissingStore_IsOneLineAndAnExitCode()
    {
        var missing = Path.Combine(_dir, "none.gpkg");
        var result = CliRunner.Run(null, "register", "counts", "--store", missing);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"lỗi: --store: không có tệp kho dữ liệu '{missing}'.", result.Stderr.Trim());
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    /// <summary>A file that is not a store (a broken copy, another kind of file) is one Vietnamese line, never SQLite's stack trace.</summary>
    [Fact]
    public void AFileThatIsNotAStore_IsOneLineInVietnamese_ForEveryRegisterCommand()
    {
        var notAStore = Path.Combine(_dir, "hong.gpkg");
        File.WriteAllText(notAStore, "đây không phải kho dữ liệu");
        string[][] commands =
        [
            ["register", "counts", "--store", notAStore],
            ["register", "export", "--store", notAStore, "--out", Path.Combine(_dir, "x.csv")],
            ["register", "conformity", "--store", notAStore, "--plan", CliRunner.QuangNinh],
            ["register", "import", "--store", notAStore, "--plan", CliRunner.QuangNinh],
            ["register", "diff", "--store", notAStore, "--carrier", "Viettel", "--from", notAStore],
            ["report", "--store", notAStore, "--period", "2026-Q3", "--plan", CliRunner.QuangNinh, "--out", Path.Combine(_dir, "r.xlsx")],
        ];
        foreach (var command in commands)
        {
            var r = CliRunner.Run(null, command);
            Assert.Equal(1, r.ExitCode);
            Assert.Equal(
                $"lỗi: --store: '{notAStore}' không phải kho dữ liệu GeoPackage (tệp hỏng hoặc là tệp loại khác).",
                r.Stderr.Trim()
            );
        }
    }

    /// <summary>The register is called by one name, the map tab's "Sổ hạ tầng", in every register command's help.</summary>
    [Fact]
    public void EveryRegisterCommand_CallsTheRegisterSoHaTang()
    {
        string[] commands = ["import", "counts", "export", "conformity", "diff"];
        var pages = commands
            .Select(c => CliRunner.Run(null, "register", c, "--help").Stdout)
            .Append(CliRunner.Run(null, "register", "--help").Stdout)
            .ToList();

        Assert.Contains("Sổ hạ tầng: nhập các trạm hiện có", pages[^1], StringComparison.Ordinal);
        Assert.All(pages, p =>
        {
            Assert.DoesNotContain("cơ sở dữ liệu hạ tầng", p, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("sổ đăng ký", p, StringComparison.OrdinalIgnoreCase);
        });
    }

    /// <summary>After "lỗi: " the message goes on in lower case, as every other error line of the tool does.</summary>
    [Fact]
    public void AMissingPlanFolder_IsOneLine_InLowerCaseAfterTheErrorWord()
    {
        var missing = Path.Combine(_dir, "khong-co");
        var r = CliRunner.Run(null, "register", "import", "--store", Path.Combine(_dir, "kho.gpkg"), "--plan", missing);

        Assert.Equal(1, r.ExitCode);
        Assert.Equal($"lỗi: không có thư mục gói quy hoạch {missing}.", r.Stderr.Trim());
    }

    [Fact]
    public void Export_WritesEveryStructureWithVietnameseHeaders_AndRefusesAnotherFormatInOneLine()
    {
        var store = Path.Combine(_dir, "register.gpkg");
        Assert.Equal(0, CliRunner.Run(null, "register", "import", "--store", store, "--plan", CliRunner.QuangNinh).ExitCode);
        var csv = Path.Combine(_dir, "so-ha-tang.csv");
        var r = CliRunner.Run(null, "register", "export", "--store", store, "--out", csv);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var lines = File.ReadAllLines(csv);
        Assert.Equal(1 + 1400, lines.Length);
        Assert.StartsWith("Mã vị trí,", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("đã ghi 1.400 công trình", r.Stderr);

        // GeoJSON keeps Vietnamese keys and values readable (UTF-8, no \uXXXX escapes) and still parses.
        var geojson = Path.Combine(_dir, "so-ha-tang.geojson");
        Assert.Equal(0, CliRunner.Run(null, "register", "export", "--store", store, "--out", geojson).ExitCode);
        var text = File.ReadAllText(geojson, System.Text.Encoding.UTF8);
        Assert.Contains("\"Mã vị trí\":", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        using (var parsed = System.Text.Json.JsonDocument.Parse(text))
            Assert.Equal(1400, parsed.RootElement.GetProperty("features").GetArrayLength());

        // The workbook as the department's others: numbers as numbers, the heading frozen and filtered.
        var xlsx = Path.Combine(_dir, "so-ha-tang.xlsx");
        Assert.Equal(0, CliRunner.Run(null, "register", "export", "--store", store, "--out", xlsx).ExitCode);
        Assert.Equal(["Sổ hạ tầng"], MiniExcelLibs.MiniExcel.GetSheetNames(xlsx));
        var sheet = MiniExcelLibs.MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(1400, sheet.Count);
        Assert.Equal(csvFirst(lines[1]), sheet[0]["Mã vị trí"]);
        Assert.IsType<double>(sheet[0]["Kinh độ"]);
        Assert.InRange((double)sheet[0]["Vĩ độ"]!, 20.5, 21.8);
        Assert.IsType<double>(sheet[0]["Chiều cao (m)"]);
        using (var zip = System.IO.Compression.ZipFile.OpenRead(xlsx))
        {
            using var part = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
            var xml = part.ReadToEnd();
            Assert.Contains("state=\"frozen\"", xml, StringComparison.Ordinal);
            Assert.Contains("<autoFilter ref=\"A1:R1401\"", xml, StringComparison.Ordinal);
        }

        var wrong = CliRunner.Run(null, "register", "export", "--store", store, "--out", Path.Combine(_dir, "so-ha-tang.txt"));
        Assert.Equal(1, wrong.ExitCode);
        Assert.Single(wrong.Stderr.Trim().Split('\n'));
        Assert.False(File.Exists(Path.Combine(_dir, "so-ha-tang.txt")));
    }

    private static string csvFirst(string line) => line.Split(',')[0];

    /// <summary>A code that starts like a formula (a carrier's, carried into the register) is text in the exported CSV, not a live formula.</summary>
    [Fact]
    public void Export_WritesACodeThatStartsLikeAFormulaAsText()
    {
        var plan = Path.Combine(_dir, "plan");
        Directory.CreateDirectory(plan);
        foreach (var f in Directory.GetFiles(CliRunner.QuangNinh))
            File.Copy(f, Path.Combine(plan, Path.GetFileName(f)));
        var sites = Path.Combine(plan, "sites.geojson");
        File.WriteAllText(
            sites,
            File.ReadAllText(sites)
                .Replace("\"code\":\"QNI-VNP-0001\"", "\"code\":\"=HYPERLINK(\\\"http://example.com/\\\")\"", StringComparison.Ordinal)
        );
        var store = Path.Combine(_dir, "register.gpkg");
        var import = CliRunner.Run(null, "register", "import", "--store", store, "--plan", plan);
        Assert.True(import.ExitCode == 0, import.Stderr);
        var csv = Path.Combine(_dir, "so-ha-tang.csv");
        Assert.Equal(0, CliRunner.Run(null, "register", "export", "--store", store, "--out", csv).ExitCode);
        var line = Assert.Single(File.ReadAllLines(csv), l => l.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Contains(",\"'=HYPERLINK(\"\"http://example.com/\"\")\",", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Conformity_ListsTheNonconformingStructuresByRuleAndDeadline_AndTheCsvHasALinePerStructureAndRule()
    {
        var store = Path.Combine(_dir, "register.gpkg");
        Assert.Equal(0, CliRunner.Run(null, "register", "import", "--store", store, "--plan", CliRunner.QuangNinh).ExitCode);
        var csv = Path.Combine(_dir, "khong-phu-hop.csv");
        var r = CliRunner.Run(null, "register", "conformity", "--store", store, "--plan", CliRunner.QuangNinh, "--out", csv);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var summary = System.Text.RegularExpressions.Regex.Match(
            r.Stdout,
            @"^1\.400 công trình đối chiếu với Quy hoạch [^:\n]+ tỉnh Quảng Ninh \(dữ liệu mẫu\), Quyết định số 1234/QĐ-UBND ngày 15/06/2023: (\d+) không phù hợp"
        );
        Assert.True(summary.Success, r.Stdout);
        Assert.DoesNotMatch("[0-9a-f]{12}", r.Stdout);
        Assert.InRange(int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 1399);
        // Each group line counts structures failing that rule; the file has one line per structure and rule.
        var groups = System
            .Text.RegularExpressions.Regex.Matches(
                r.Stdout,
                @"^  [^\n(]+ \((R\d\d)\): (\d+) công trình",
                System.Text.RegularExpressions.RegexOptions.Multiline
            )
            .Select(m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.NotEmpty(groups);
        var rows = File.ReadAllLines(csv);
        Assert.Equal("Mã công trình,Chủ sở hữu,Kinh độ,Vĩ độ,Tiêu chí,Nội dung,Thời hạn khắc phục", rows[0].TrimStart('\uFEFF'));
        Assert.Equal(groups.Sum(), rows.Length - 1);
        Assert.Contains("thời hạn khắc phục 31/12/2030", r.Stdout);
        // Each rule by its name, its number in brackets.
        Assert.Contains("  Chiều cao tối đa (R07): ", r.Stdout);
    }

    /// <summary>
    /// The list is a CSV: asked for as .xlsx it is refused before any work, not written as CSV text under an Excel name that
    /// Excel then cannot open; and with --lang en its headers and reasons are English, as the tool's other tables.
    /// </summary>
    [Fact]
    public void Conformity_RefusesAnOutputThatIsNotCsv_AndSpeaksEnglishWithLangEn()
    {
        var store = Path.Combine(_dir, "register.gpkg");
        Assert.Equal(0, CliRunner.Run(null, "register", "import", "--store", store, "--plan", CliRunner.QuangNinh).ExitCode);
        var xlsx = Path.Combine(_dir, "khong-phu-hop.xlsx");
        var refused = CliRunner.Run(null, "register", "conformity", "--store", store, "--plan", CliRunner.QuangNinh, "--out", xlsx);
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal(
            "lỗi: --out: danh sách công trình không phù hợp được ghi thành tệp .csv, không phải 'khong-phu-hop.xlsx'.",
            Assert.Single(refused.Stderr.Trim().Split('\n'))
        );
        Assert.False(File.Exists(xlsx));

        var csv = Path.Combine(_dir, "nonconforming.csv");
        var en = CliRunner.Run(
            null,
            "register",
            "conformity",
            "--store",
            store,
            "--plan",
            CliRunner.QuangNinh,
            "--out",
            csv,
            "--lang",
            "en"
        );
        Assert.True(en.ExitCode == 0, en.Stderr);
        var rows = File.ReadAllLines(csv);
        Assert.Equal("structure_id,owner,lon,lat,rule,reason,deadline", rows[0].TrimStart('\uFEFF'));
        Assert.Contains(rows, r => r.EndsWith(",2030-12-31", StringComparison.Ordinal));
        Assert.DoesNotMatch("Chiều cao cột|chỉ cho phép|không cho phép|vượt mức", string.Join('\n', rows));
    }

    /// <summary>A folder or a missing file where the store's file belongs is said as such, in one line.</summary>
    [Fact]
    public void AFolderGivenAsTheStore_IsSaidToBeAFolder()
    {
        var r = CliRunner.Run(null, "register", "counts", "--store", _dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(
            $"lỗi: --store: '{_dir}' là một thư mục; kho dữ liệu là một tệp .gpkg hoặc chuỗi kết nối PostgreSQL.",
            Assert.Single(r.Stderr.Trim().Split('\n'))
        );
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

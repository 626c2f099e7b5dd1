using MiniExcelLibs;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Cli.Tests;

/// <summary>
/// The tool speaks Vietnamese unless told <c>--lang en</c> — in its help, its summaries and its errors, the parser's included —
/// and writes the batch template the API serves; the copies in data/examples are that template.
/// </summary>
public class LanguageAndTemplateTests
{
    private static string Seed(string dir)
    {
        var input = Path.Combine(dir, "seed.csv");
        File.WriteAllText(
            input,
            "Nhà mạng,Mã trạm,Kinh độ,Vĩ độ,Loại cột,Chiều cao cột (m)\nViettel,MC-33,107.97826,21.53008,A2b,33\nViettel,BAD,10x5,21.5,A2b,30\n"
        );
        return input;
    }

    [Fact]
    public void ByDefault_TheSummaryAndTheRejectionsAreInVietnamese()
    {
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", Seed(CliRunner.NewTempDir()));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("2 dòng: 0 phù hợp, 0 không phù hợp, 1 cần xin ý kiến, 1 bị loại", r.Stderr);
        Assert.Contains("bị loại: Dòng 2, trường kinh độ: không đọc được \"10x5\"", r.Stderr);
        Assert.DoesNotContain("rows:", r.Stderr);
    }

    [Fact]
    public void WithLangEn_TheSameRunSpeaksEnglish()
    {
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", Seed(CliRunner.NewTempDir()), "--lang", "en");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("2 rows: 0 conforms, 0 does not conform, 1 needs consultation, 1 rejected", r.Stderr);
        Assert.Contains("rejected: Row 2, field longitude: cannot read \"10x5\"", r.Stderr);
    }

    [Fact]
    public void HelpIsInVietnamese_OrInEnglishWithLangEn()
    {
        var vi = CliRunner.Run(null, "appraise", "--help");
        Assert.Contains("Thẩm định các trạm đề xuất theo quy hoạch.", vi.Stdout);
        Assert.Contains("Xem trợ giúp và cách dùng", vi.Stdout);
        var en = CliRunner.Run(null, "appraise", "--help", "--lang", "en");
        Assert.Contains("Appraise proposed sites against a plan.", en.Stdout);
        // The parser's own words stay the parser's in English.
        Assert.Contains("Usage:", en.Stdout);
        Assert.Contains("--plan <plan> (REQUIRED)", en.Stdout);
    }

    /// <summary>
    /// Vietnamese first, on every help page of every command: the parser's headings, labels and the placeholders it makes from
    /// option names are Vietnamese too ("Cách dùng:", "--plan &lt;thư mục&gt; (bắt buộc)", "[mặc định: vi]").
    /// </summary>
    [Fact]
    public void EveryHelpPage_IsVietnameseToo_InTheParsersOwnWords()
    {
        var appraise = CliRunner.Run(null, "appraise", "--help").Stdout;
        Assert.Contains(
            "Cách dùng:\n  telecomgis appraise [tùy chọn]",
            appraise.Replace("\r", "", StringComparison.Ordinal),
            StringComparison.Ordinal
        );
        Assert.Contains("--plan <thư mục> (bắt buộc)  Thư mục gói quy hoạch", appraise, StringComparison.Ordinal);
        Assert.Contains("--in <tệp> (bắt buộc)", appraise, StringComparison.Ordinal);
        Assert.Contains("--date <ngày>", appraise, StringComparison.Ordinal);
        Assert.Contains("[mặc định: vi]", appraise, StringComparison.Ordinal);

        var pages = 0;
        var pending = new Queue<string[]>([
            [],
        ]);
        while (pending.TryDequeue(out var path))
        {
            var page = CliRunner.Run(null, [.. path, "--help"]);
            Assert.Equal(0, page.ExitCode);
            pages++;
            var where = path.Length == 0 ? "telecomgis" : string.Join(' ', path);
            foreach (
                var english in new[]
                {
                    "Description:",
                    "Usage:",
                    "Options:",
                    "Commands:",
                    "Arguments:",
                    "(REQUIRED)",
                    "[default:",
                    "[options]",
                    "[command]",
                }
            )
                Assert.False(page.Stdout.Contains(english, StringComparison.Ordinal), $"{where} --help shows \"{english}\"");
            // A placeholder is named in Vietnamese, not after its option as the parser would ("--store <store>"); a list of the
            // values an option accepts ("<en|vi>") is left as it is.
            foreach (
                System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(
                    page.Stdout,
                    "--([a-z-]+) <([^>|]+)>"
                )
            )
                Assert.True(m.Groups[1].Value != m.Groups[2].Value, $"{where} --help names a value after its option: {m.Value}");
            var lines = page.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            var commands = lines.IndexOf("Lệnh:");
            if (commands >= 0)
            {
                foreach (var line in lines.Skip(commands + 1).TakeWhile(l => l.Length > 0))
                    pending.Enqueue([.. path, line.Trim().Split(' ')[0]]);
            }
        }
        Assert.True(pages > 20, $"only {pages} help pages were read");
    }

    [Fact]
    public void TheParsersErrors_AreInVietnamese_AndStillExit1()
    {
        var r = CliRunner.Run(null, "appraise", "--in", "x.csv");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("Thiếu tùy chọn bắt buộc --plan.", r.Stderr);
        Assert.DoesNotContain("is required", r.Stderr);
        // An option given without its value: said in Vietnamese too.
        var missing = CliRunner.Run(null, "appraise", "--in", "x.csv", "--plan");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("Tùy chọn --plan chưa có giá trị.", missing.Stderr);
        Assert.DoesNotContain("Required argument", missing.Stderr);
    }

    [Fact]
    public void AnErrorOfTheRun_IsInVietnamese_OrEnglishWithLangEn()
    {
        var vi = CliRunner.Run("1,2\n", "convert", "--to", "EPSG:32648");
        Assert.Equal(1, vi.ExitCode);
        Assert.StartsWith("lỗi: --to: không nhận ra hệ tọa độ 'EPSG:32648'", vi.Stderr, StringComparison.Ordinal);
        var en = CliRunner.Run("1,2\n", "--lang", "en", "convert", "--to", "EPSG:32648");
        Assert.StartsWith("error: --to: unknown coordinate system 'EPSG:32648'", en.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mau.csv")]
    [InlineData("mau.xlsx")]
    public void TheTemplate_AppraisedUnchanged_HasItsExampleRowConform(string name)
    {
        var dir = CliRunner.NewTempDir();
        var template = Path.Combine(dir, name);
        Assert.Equal(0, CliRunner.Run(null, "template", "--out", template).ExitCode);

        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", template);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("1 dòng: 1 phù hợp, 0 không phù hợp, 0 cần xin ý kiến, 0 bị loại", r.Stderr);
    }

    [Fact]
    public void TheTemplatesInDataExamples_AreTheTemplateTheToolWrites()
    {
        // Regenerate with: telecomgis template --out data/examples/mau-danh-sach-tram.csv (and .xlsx).
        var examples = Path.Combine(CliRunner.RepositoryRoot, "data", "examples");
        Assert.Equal(SubmissionTemplate.Csv(), File.ReadAllBytes(Path.Combine(examples, "mau-danh-sach-tram.csv")));

        // An .xlsx carries fresh part ids on each write, so its sheets are compared cell by cell.
        using var shipped = File.OpenRead(Path.Combine(examples, "mau-danh-sach-tram.xlsx"));
        using var fresh = new MemoryStream(SubmissionTemplate.Xlsx());
        Assert.Equal(MiniExcel.GetSheetNames(fresh), MiniExcel.GetSheetNames(shipped));
        foreach (var sheet in MiniExcel.GetSheetNames(fresh))
        {
            Assert.Equal(Cells(fresh, sheet), Cells(shipped, sheet));
        }
    }

    private static List<string> Cells(Stream workbook, string sheet) =>
        [
            .. MiniExcel
                .Query(workbook, sheetName: sheet)
                .Cast<IDictionary<string, object?>>()
                .Select(row =>
                    string.Join("|", row.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)))
                ),
        ];
}

using System.Diagnostics;
using System.Text.Json;

namespace TelecomGis.Cli.Tests;

/// <summary>
/// <c>generate history</c> then <c>report</c> on the committed Quảng Ninh bundle, as a department would run them: the seed's nine
/// months of 2015 (279 dossiers, 151 conforming, 126 not, 2 awaiting a consultation; shared/spec/APPRAISAL.md), and the workbook
/// rendered by LibreOffice headless with its Vietnamese text intact.
/// </summary>
public class ReportCommandTests
{
    private static readonly Lazy<string> Store = new(() =>
    {
        var path = Path.Combine(CliRunner.NewTempDir(), "lich-su.gpkg");
        var r = CliRunner.Run(
            null,
            "generate",
            "history",
            "--plan",
            CliRunner.QuangNinh,
            "--store",
            path,
            "--from",
            "2015-01-01",
            "--to",
            "2015-12-31"
        );
        Assert.True(r.ExitCode == 0, r.Stderr);
        return path;
    });

    [Fact]
    public void Report_2015_9M_GivesTheSeedsAppraisalFigures_InAllThreeFiles()
    {
        var dir = CliRunner.NewTempDir();
        var r = CliRunner.Run(null, "report", "--store", Store.Value, "--plan", CliRunner.QuangNinh, "--period", "2015-9M", "--out", dir);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains(
            "9 tháng đầu năm 2015: 279 hồ sơ tiếp nhận; 151 phù hợp, 126 không phù hợp, 2 chờ ý kiến, 0 đang thẩm định",
            r.Stdout
        );
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "bao-cao-2015-9M.json")));
        var table = json.RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "tham-dinh");
        double Value(string key) =>
            table
                .GetProperty("lines")
                .EnumerateArray()
                .Single(l => l.GetProperty("key").GetString() == key)
                .GetProperty("current")
                .GetDouble();
        Assert.Equal(
            (279.0, 151.0, 126.0, 2.0),
            (Value("received"), Value("conforms"), Value("does-not-conform"), Value("awaiting-consultation"))
        );
        Assert.True(File.Exists(Path.Combine(dir, "bao-cao-2015-9M.docx")));
    }

    [Fact]
    public void TheWorkbookRendersInLibreOfficeWithItsVietnameseTextIntact()
    {
        var dir = CliRunner.NewTempDir();
        var r = CliRunner.Run(null, "report", "--store", Store.Value, "--plan", CliRunner.QuangNinh, "--period", "2015-9M", "--out", dir);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var home = CliRunner.NewTempDir();
        Tool("soffice", home, "--headless", "--convert-to", "pdf", "--outdir", dir, Path.Combine(dir, "bao-cao-2015-9M.xlsx"));
        var text = Tool("pdftotext", home, "-layout", Path.Combine(dir, "bao-cao-2015-9M.pdf"), "-");
        Assert.Contains("Kết quả thẩm định vị trí trạm BTS", text);
        Assert.Contains("Đang chờ ý kiến của cơ quan được xin ý kiến", text);
        Assert.Contains("Số xã có điểm Bưu điện – Văn hóa xã", text);
        Assert.Matches(@"Hồ sơ đề nghị thẩm định tiếp nhận trong kỳ\s+hồ sơ\s+279", text);
        Assert.Matches(@"Số xã có điểm Bưu điện – Văn hóa xã\s+xã\s+114", text);
    }

    [Theory]
    [InlineData("2015-Q5", "--period: '2015-Q5' không phải kỳ báo cáo")]
    [InlineData("quý 3", "--period: 'quý 3' không phải kỳ báo cáo")]
    public void ABadPeriodIsOneLineAndExitCode1(string period, string message)
    {
        var dir = CliRunner.NewTempDir();
        var r = CliRunner.Run(null, "report", "--store", Store.Value, "--plan", CliRunner.QuangNinh, "--period", period, "--out", dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(message, r.Stderr);
        Assert.Single(r.Stderr.Trim().Split('\n'));
        Assert.Empty(Directory.GetFiles(dir));
    }

    /// <summary>A period that has not begun has no figures at all: one line and exit code 1, not a table of zeros.</summary>
    [Fact]
    public void APeriodThatHasNotBegun_IsRefusedInOneLine()
    {
        var dir = CliRunner.NewTempDir();
        var r = CliRunner.Run(null, "report", "--store", Store.Value, "--plan", CliRunner.QuangNinh, "--period", "2100-Q2", "--out", dir);

        Assert.Equal(1, r.ExitCode);
        Assert.Equal(
            "lỗi: --period: quý II năm 2100 chưa bắt đầu (từ ngày 01/04/2100), chưa có số liệu nào để báo cáo.",
            Assert.Single(r.Stderr.Trim().Split('\n'))
        );
        Assert.Empty(Directory.GetFiles(dir));
    }

    /// <summary>
    /// The quarter in progress is reported as a preliminary report is: its figures provisional up to today (Vietnam's day), said
    /// on stderr, in the summary line and in the files, not dated as of a quarter's end still to come.
    /// </summary>
    [Fact]
    public void TheQuarterInProgress_IsProvisionalUpToToday_OnStderrAndInTheReport()
    {
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).DateTime);
        var quarter = (today.Month - 1) / 3 + 1;
        var end = new DateOnly(today.Year, quarter * 3, 1).AddMonths(1).AddDays(-1);
        if (today == end)
            return; // On a quarter's last day the report is as of its end, not provisional.
        var code = $"{today.Year}-Q{quarter}";
        var todayVi = today.ToString("dd'/'MM'/'yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var dir = CliRunner.NewTempDir();

        var r = CliRunner.Run(null, "report", "--store", Store.Value, "--plan", CliRunner.QuangNinh, "--period", code, "--out", dir);

        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains($"chưa kết thúc (đến hết ngày {end:dd'/'MM'/'yyyy}); đây là số liệu tạm tính đến ngày {todayVi}", r.Stderr);
        Assert.Contains($"(tạm tính đến ngày {todayVi}): ", r.Stdout);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, $"bao-cao-{code}.json")));
        Assert.True(json.RootElement.GetProperty("provisional").GetBoolean());
        Assert.Equal(
            today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            json.RootElement.GetProperty("asOf").GetString()
        );
    }

    [Fact]
    public void AMissingStoreIsRefused_NotCreated()
    {
        var missing = Path.Combine(CliRunner.NewTempDir(), "khong-co.gpkg");
        var r = CliRunner.Run(
            null,
            "report",
            "--store",
            missing,
            "--plan",
            CliRunner.QuangNinh,
            "--period",
            "2015",
            "--out",
            CliRunner.NewTempDir()
        );
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("không có tệp kho dữ liệu", r.Stderr);
        Assert.False(File.Exists(missing));
    }

    /// <summary>An --out that is a file is named as such, where it was "ổ đĩa đầy, tệp đang bị khóa hoặc lỗi đĩa".</summary>
    [Fact]
    public void AnOutputThatIsAFile_IsSaidToBeAFile()
    {
        var file = Path.Combine(CliRunner.NewTempDir(), "bao-cao.txt");
        File.WriteAllText(file, "");
        var r = CliRunner.Run(null, "report", "--store", Store.Value, "--plan", CliRunner.QuangNinh, "--period", "2015", "--out", file);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal($"lỗi: --out: '{file}' là một tệp, không phải thư mục.", Assert.Single(r.Stderr.Trim().Split('\n')));
    }

    /// <summary>The history's progress says what its figure counts, in Vietnamese: not a bare "2015: 387".</summary>
    [Fact]
    public void HistorySaysItsProgressInWords()
    {
        var path = Path.Combine(CliRunner.NewTempDir(), "lich-su.gpkg");
        var r = CliRunner.Run(
            null,
            "generate",
            "history",
            "--plan",
            CliRunner.QuangNinh,
            "--store",
            path,
            "--from",
            "2015-01-01",
            "--to",
            "2015-02-28"
        );
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Matches(@"(?m)^năm 2015: tổng cộng \d+ hồ sơ đã ghi\r?$", r.Stderr);
        Assert.DoesNotMatch(@"(?m)^2015: \d", r.Stderr);
    }

    [Fact]
    public void HistoryIntoAStoreThatHoldsDossiersIsRefused()
    {
        var r = CliRunner.Run(
            null,
            "generate",
            "history",
            "--plan",
            CliRunner.QuangNinh,
            "--store",
            Store.Value,
            "--from",
            "2016-01-01",
            "--to",
            "2016-01-31"
        );
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("kho dữ liệu đã có hồ sơ", r.Stderr);
    }

    private static string Tool(string tool, string home, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["HOME"] = home;
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"{tool} did not start (tools/test.sh installs it).");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"{tool} did not finish");
        Assert.True(process.ExitCode == 0, $"{tool}: {error.Result}");
        return output.Result;
    }
}

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
        Assert.Contains("R11.height_approval", r.Stdout);
        Assert.Contains("Nghị định 32/2016/NĐ-CP", r.Stdout);
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

    [Fact]
    public void AnUnknownOptionIsAnErrorNotACrash()
    {
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--bogus");
        Assert.NotEqual(0, r.ExitCode);
        Assert.DoesNotContain("Unhandled exception", r.Stderr);
    }
}

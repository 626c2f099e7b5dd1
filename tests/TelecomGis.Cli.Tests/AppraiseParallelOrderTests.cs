using System.Globalization;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Cli.Tests;

/// <summary>
/// A generated mix of several waves (rows are read, appraised and formatted on every core, then written in order) comes out of
/// <c>appraise</c> row for row as one thread appraising the rows in order gives it, whichever CSV path read it (the plain fast
/// path, or CsvHelper for a text it leaves to it); and the two outputs are the same bytes.
/// </summary>
public class AppraiseParallelOrderTests
{
    private const int Count = 6_000;
    private static readonly DateOnly Day = new(2026, 1, 1);

    [Fact]
    public void A_generated_mix_of_several_waves_is_written_in_input_order_with_the_single_threaded_outcomes()
    {
        var dir = CliRunner.NewTempDir();
        var input = Path.Combine(dir, "proposals.csv");
        var generated = CliRunner.Run(
            null,
            "generate",
            "proposals",
            "--plan",
            CliRunner.QuangNinh,
            "--count",
            Count.ToString(CultureInfo.InvariantCulture),
            "--seed",
            "7",
            "--bad-rows",
            "0.02",
            "--out",
            input
        );
        Assert.Equal(0, generated.ExitCode);
        // The same rows with a blank line at the end: CsvHelper skips it, the fast path leaves such a text to CsvHelper.
        var viaCsvHelper = Path.Combine(dir, "proposals-csvhelper.csv");
        File.WriteAllText(viaCsvHelper, File.ReadAllText(input) + "\n");

        string Appraise(string file, string output)
        {
            // In English: the columns with the verdict's code and the rules' numbers, compared below with the engine's.
            var r = CliRunner.Run(
                null,
                "appraise",
                "--plan",
                CliRunner.QuangNinh,
                "--in",
                file,
                "--out",
                output,
                "--date",
                "2026-01-01",
                "--lang",
                "en"
            );
            Assert.Equal(0, r.ExitCode);
            return output;
        }
        var fast = Appraise(input, Path.Combine(dir, "results.csv"));
        var helper = Appraise(viaCsvHelper, Path.Combine(dir, "results-csvhelper.csv"));
        Assert.Equal(File.ReadAllBytes(helper), File.ReadAllBytes(fast));

        // One thread, in order, in this process.
        var plan = PlanBundleReader.Read(CliRunner.QuangNinh);
        var engine = new AppraisalEngine(new PlanIndex(plan, Day));
        using var stream = File.OpenRead(input);
        var rows = SubmissionFile.Read(stream, "proposals.csv", maxRows: 1_000_000, transformation: plan.Province.Transformation);
        var expected = rows.Select(row =>
            {
                if (row.Site is null)
                    return $"{row.Row}|{row.SiteCode}|rejected||[{row.Rejection!.Field}] {row.Rejection.MessageVi}";
                var a = engine.Appraise(row.Site);
                return $"{row.Row}|{row.SiteCode}|{a.Verdict.Code()}|{string.Join("|", a.FailingRuleIds)}|"
                    + string.Join(" ", a.Objections.Select(o => $"[{o.RuleId}] {o.MessageVi}"));
            })
            .ToList();

        using var reader = new StreamReader(fast);
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var actual = new List<string>();
        while (csv.Read())
            actual.Add($"{csv["row"]}|{csv["site_code"]}|{csv["verdict"]}|{csv["failing_rules"]}|{csv["reasons_vi"]}");

        Assert.Equal(Count, actual.Count);
        Assert.True(rows.Count(r => r.Rejection is not null) > 50, "the mix should hold rejected rows");
        Assert.Equal(expected, actual);
    }
}

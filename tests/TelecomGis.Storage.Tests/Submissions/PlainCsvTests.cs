using System.Globalization;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Generator;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Storage.Tests.Submissions;

/// <summary>
/// The CLI's fast CSV path (whole text, split without CsvHelper when it needs no CSV escapes) reads every row exactly as the
/// upload's CsvHelper path does: the same rows, sites, figures and rejection sentences, on the macro benchmark's generated mix
/// and on texts built to sit on either side of what the fast path accepts.
/// </summary>
public class PlainCsvTests
{
    private const string Header = "carrier,site_code,lon,lat,pole_class,height_m,camouflaged,shares_site_id,x,y,epsg";

    /// <summary>Without a row limit the fast path is tried; with one (an upload) CsvHelper reads row by row.</summary>
    private static (string Fast, string Helper) BothWays(string csv)
    {
        var fast = SubmissionCsvReader.Read(new StringReader(csv));
        var helper = SubmissionCsvReader.Read(new StringReader(csv), maxRows: 10_000_000);
        return (Describe(fast), Describe(helper));
    }

    private static string Describe(IReadOnlyList<SubmissionRow> rows) =>
        string.Join(
            "\n",
            rows.Select(r =>
                r.Site is { } s
                    ? string.Create(
                        CultureInfo.InvariantCulture,
                        $"{r.Row}|{s.Carrier}|{s.SiteCode}|{s.LonDeg:R}|{s.LatDeg:R}|{s.PoleClass}|{s.HeightM:R}|{s.Camouflaged}|{s.SharesSiteId}|{s.DeclaredCommuneCode}|{s.BuildingHeightM:R}|{s.GroundElevationM:R}|{s.Sectors?.Count}"
                    )
                    : $"{r.Row}|{r.Carrier}|{r.SiteCode}|{r.Rejection!.Field}|{r.Rejection.MessageVi}|{r.Rejection.MessageEn}"
            )
        );

    [Fact]
    public void The_generated_mix_reads_the_same_both_ways()
    {
        var plan = PlanBundleReader.Read(TestPaths.CommittedBundle);
        var csv = new StringWriter();
        ProposalGenerator.Generate(plan, 5_000, seed: 7, csv, badRowShare: 0.05);
        var text = csv.ToString();
        Assert.Contains("\"", text, StringComparison.Ordinal); // quoted DMS and the "107,97.8" typo: the fast path must take quotes
        Assert.NotNull(PlainCsv.TrySplit(text));
        var (fast, helper) = BothWays(text);
        Assert.Equal(helper, fast);
        // The mix holds rejections, compared above with their sentences.
        Assert.True(SubmissionCsvReader.Read(new StringReader(text)).Count(r => r.Rejection is not null) > 100);
    }

    [Fact]
    public void Rows_read_on_many_threads_in_any_order_are_the_rows_read_in_turn()
    {
        // The fast path validates a row when it is read, with one cell reader per thread: the CLI reads the rows from every core.
        var plan = PlanBundleReader.Read(TestPaths.CommittedBundle);
        var csv = new StringWriter();
        ProposalGenerator.Generate(plan, 3_000, seed: 11, csv, badRowShare: 0.05);
        var rows = SubmissionCsvReader.Read(new StringReader(csv.ToString()));
        var inTurn = Describe(rows);
        var read = new SubmissionRow[rows.Count];
        Parallel.For(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => read[^(i + 1)] = rows[rows.Count - 1 - i]);
        Assert.Equal(inTurn, Describe(read));
        Assert.Equal(inTurn, Describe(rows)); // and read again, the same
    }

    [Theory]
    // Taken by the fast path:
    [InlineData("Viettel,A-1,107.1,21.0,A2b,30,no,,,,\n", true)]
    [InlineData("Viettel,A-1,107.1,21.0,A2b,30,no,,,,\r\nVNPT,B-2,107.2,21.1,A1a,6,có,,,,\r\n", true)]
    [InlineData("Viettel,A-1,\"107°54'04.0\"\"E\",\"21°32'09.4\"\"N\",A2b,30,no,,,,\n", true)]
    [InlineData("Viettel,A-1,\"107,97.8\",21.5x,A2b,30,no,,,,\n", true)]
    [InlineData("  Viettel  , A-1 ,107.1 , 21.0,a2-b, 30 ,x,,,,\n", true)]
    [InlineData(",,,,,,,,,,\nViettel,A-1,107.1,21.0,A2b,30,no,,,,\n", true)]
    [InlineData("Viettel,A-1,,,A2b,30,no,,2314886.156,411681.994,5899\n", true)]
    [InlineData("Viettel,A-1,107.1\n", true)]
    [InlineData("Viettel,A-1,107.1,21.0,A2b,30,no,,,,,extra,\"\"\n", true)]
    // Left to CsvHelper:
    [InlineData("Viettel,A-1,107.1,21.0,A2b,30,no,,,,\n\nVNPT,B-2,107.2,21.1,A1a,6,no,,,,\n", false)]
    [InlineData("Viettel,A-1,107.1,21.0,A2b,30,no,,,,\n   \nVNPT,B-2,107.2,21.1,A1a,6,no,,,,\n", false)]
    [InlineData("Viettel,A-1, \"107.1\",21.0,A2b,30,no,,,,\n", false)]
    [InlineData("Viettel,A-1,\"107.1\" ,21.0,A2b,30,no,,,,\n", false)]
    [InlineData("Viettel,A-1,21°31'48.3\"N,21.0,A2b,30,no,,,,\n", false)]
    [InlineData("Viettel,\"A\n1\",107.1,21.0,A2b,30,no,,,,\n", false)]
    [InlineData("Viettel;A-1;107.1;21.0;A2b;30;no;;;;\n", false)]
    [InlineData("Viettel,A-1,107.1,21.0,A2b,30,no,,,,\rVNPT,B-2,107.2,21.1,A1a,6,no,,,,\n", false)]
    [InlineData("Viettel,A-1,\"107.1,21.0,A2b,30,no,,,,\n", false)]
    public void A_text_reads_the_same_whichever_path_takes_it(string rows, bool fastPath)
    {
        var csv = Header + "\n" + rows;
        Assert.Equal(fastPath, PlainCsv.TrySplit(csv) is not null);
        var (fast, helper) = BothWays(csv);
        Assert.Equal(helper, fast);
    }

    [Fact]
    public void A_cell_over_the_limit_is_refused_on_either_path()
    {
        var csv = Header + "\nViettel," + new string('A', SubmissionFile.MaxCellChars + 1) + ",107.1,21.0,A2b,30,no,,,,\n";
        Assert.Null(PlainCsv.TrySplit(csv));
        Assert.Throws<SubmissionFileException>(() => SubmissionCsvReader.Read(new StringReader(csv)));
        Assert.Throws<SubmissionFileException>(() => SubmissionCsvReader.Read(new StringReader(csv), maxRows: 1000));
    }
}

using System.Text.Json;

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

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
        return csv.GetRecords<dynamic>().Select(r => ((IDictionary<string, object>)r).ToDictionary(kv => kv.Key, kv => (string)kv.Value)).ToList();
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

    [Fact]
    public void TheReportPeriodsBatchOf279IsAppraisedEndToEndWithTheCountsPrinted()
    {
        var dir = CliRunner.NewTempDir();
        var input = Path.Combine(dir, "proposals.csv");
        var gen = CliRunner.Run(null, "generate", "proposals", "--plan", CliRunner.QuangNinh, "--count", "279", "--out", input);
        Assert.Equal(0, gen.ExitCode);
        var output = Path.Combine(dir, "results.csv");
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output);
        Assert.Equal(0, r.ExitCode);

        var rows = ReadCsv(output);
        Assert.Equal(279, rows.Count);
        var counts = rows.GroupBy(x => x["verdict"]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Contains($"279 rows: {counts.GetValueOrDefault("conforms")} conforms, {counts.GetValueOrDefault("does_not_conform")} does not conform, " +
                        $"{counts.GetValueOrDefault("needs_consultation")} needs consultation, {counts.GetValueOrDefault("rejected")} rejected", r.Stderr);
        // The generated mix is meant to exercise all three verdicts.
        Assert.True(counts.GetValueOrDefault("conforms") > 0 && counts.GetValueOrDefault("does_not_conform") > 0 && counts.GetValueOrDefault("needs_consultation") > 0);
        Assert.All(rows.Where(x => x["verdict"] == "does_not_conform"), x => Assert.NotEmpty(x["failing_rules"]));
        Assert.All(rows, x => Assert.Equal(64, x["plan_version"].Length));
    }

    [Fact]
    public void BadRowsAreRejectedWithAReasonAndTheRestAppraised()
    {
        var dir = CliRunner.NewTempDir();
        var input = Write(dir, "mixed.csv", string.Join('\n',
            Header,
            "Viettel,OK-1,107.97826,21.53008,A2b,33,no,",
            "Viettel,BAD-1,abc,21.53008,A2b,33,no,",
            "VNPT,BAD-2,107.5,21.2,B3,33,no,",
            "MobiFone,BAD-3,107.5,21.2,A2b,-5,no,",
            "MobiFone,SWAP-1,21°31'48.3\"N,107°58'41.7\"E,A1b,12,yes,",
            "MobiFone,DMS-1,107°58'41.7\"E,21°31'48.3\"N,A1b,12,yes,") + "\n");
        var output = Path.Combine(dir, "out.csv");
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output);
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
        Assert.Contains("4 rejected", r.Stderr);
    }

    [Fact]
    public void Vn2000RowsAreAppraisedLikeTheirWgs84Equivalent()
    {
        var dir = CliRunner.NewTempDir();
        var input = Write(dir, "vn2000.csv", "carrier,site_code,x,y,epsg,pole_class,height_m,camouflaged\nViettel,MC-XY,2381658.013,523449.987,5899,A2b,33,no\n");
        var output = Path.Combine(dir, "out.csv");
        Assert.Equal(0, CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output).ExitCode);
        var row = Assert.Single(ReadCsv(output));
        Assert.Equal("needs_consultation", row["verdict"]);
        Assert.Equal(107.97826, double.Parse(row["lon"], System.Globalization.CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public void AMissingInputFileStopsTheRunWithExitCode1AndWritesNothing()
    {
        var dir = CliRunner.NewTempDir();
        var output = Path.Combine(dir, "out.csv");
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", Path.Combine(dir, "nope.csv"), "--out", output);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("does not exist", r.Stderr);
        Assert.False(File.Exists(output));
        Assert.DoesNotContain("Exception", r.Stderr);
    }

    [Fact]
    public void ABrokenPlanBundleStopsTheRunWithAMessageNamingTheFile()
    {
        var dir = CliRunner.NewTempDir();
        var plan = Path.Combine(dir, "plan");
        Directory.CreateDirectory(plan);
        foreach (var f in Directory.GetFiles(CliRunner.QuangNinh)) File.Copy(f, Path.Combine(plan, Path.GetFileName(f)));
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
        Assert.Contains("lon,lat (or x,y,epsg)", r.Stderr);
    }

    [Fact]
    public void WhereWouldItConformAddsTheNearestConformingPoint()
    {
        var dir = CliRunner.NewTempDir();
        // A generated mix has sites failing the spacing or a planned position, which a move of a few hundred metres fixes.
        var input = Path.Combine(dir, "p.csv");
        Assert.Equal(0, CliRunner.Run(null, "generate", "proposals", "--plan", CliRunner.QuangNinh, "--count", "60", "--seed", "11", "--out", input).ExitCode);
        var output = Path.Combine(dir, "out.csv");
        Assert.Equal(0, CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output, "--where").ExitCode);
        var rows = ReadCsv(output);
        Assert.Contains("conforming_distance_m", rows[0].Keys);
        var found = rows.Where(x => x["conforming_distance_m"].Length > 0).ToList();
        Assert.NotEmpty(found);
        Assert.All(found, x => Assert.InRange(double.Parse(x["conforming_distance_m"], System.Globalization.CultureInfo.InvariantCulture), 0, 1000));
    }
}

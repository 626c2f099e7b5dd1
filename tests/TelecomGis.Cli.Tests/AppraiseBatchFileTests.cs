using System.Globalization;
using System.Text.Json.Nodes;
using CsvHelper;
using MiniExcelLibs;

namespace TelecomGis.Cli.Tests;

/// <summary>
/// <c>appraise --in</c> reads .xlsx and .geojson batches as the API's upload does: the same rows give the same results file and the
/// same rejections as their CSV.
/// </summary>
public class AppraiseBatchFileTests
{
    /// <summary>
    /// A generated batch (decimal degrees, DMS text, VN-2000 x/y rows) with rows a carrier gets wrong appended, as header and records
    /// of text, in the CSV's column order.
    /// </summary>
    private static (string[] Header, List<string[]> Records) Batch(string dir)
    {
        var generated = Path.Combine(dir, "generated.csv");
        Assert.Equal(
            0,
            CliRunner
                .Run(null, "generate", "proposals", "--plan", CliRunner.QuangNinh, "--count", "60", "--seed", "7", "--out", generated)
                .ExitCode
        );
        using var reader = new StreamReader(generated);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var records = new List<string[]>();
        while (csv.Read())
            records.Add(csv.Parser.Record!);
        string[] Row(params (string Column, string Value)[] values) =>
            [.. header.Select(h => values.FirstOrDefault(v => v.Column == h).Value ?? "")];
        records.Add(
            Row(
                ("carrier", "Viettel"),
                ("site_code", "BAD-CLASS"),
                ("lon", "107.5"),
                ("lat", "21.2"),
                ("pole_class", "Z9"),
                ("height_m", "30"),
                ("camouflaged", "false")
            )
        );
        records.Add(
            Row(
                ("carrier", "VNPT"),
                ("site_code", "BAD-HEIGHT"),
                ("lon", "107.5"),
                ("lat", "21.2"),
                ("pole_class", "A2b"),
                ("height_m", "-5"),
                ("camouflaged", "false")
            )
        );
        records.Add(
            Row(
                ("carrier", "MobiFone"),
                ("site_code", "FAR-AWAY"),
                ("lon", "-74"),
                ("lat", "40.7"),
                ("pole_class", "A2b"),
                ("height_m", "30"),
                ("camouflaged", "false")
            )
        );
        records.Add(
            Row(
                ("carrier", "Vietnamobile"),
                ("site_code", ""),
                ("lon", "107.3"),
                ("lat", "21.05"),
                ("pole_class", "A2b"),
                ("height_m", "30"),
                ("camouflaged", "false")
            )
        );
        return (header, records);
    }

    private static string WriteCsv(string path, string[] header, IEnumerable<string[]> records)
    {
        using var writer = new StreamWriter(path);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var h in header)
            csv.WriteField(h);
        csv.NextRecord();
        foreach (var record in records)
        {
            foreach (var field in record)
                csv.WriteField(field);
            csv.NextRecord();
        }
        return path;
    }

    /// <summary>A cell as a carrier's workbook or GeoJSON holds it: a number where the text is one (and reads back the same), a boolean, else text.</summary>
    private static object? Typed(string text) =>
        text.Length == 0 ? null
        : text is "true" or "false" ? text == "true"
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
        && d.ToString("R", CultureInfo.InvariantCulture) == text
            ? d
        : text;

    private static (string Results, string[] Summary) Appraise(string input, string dir)
    {
        var output = Path.Combine(dir, Path.GetFileName(input) + ".results.csv");
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output, "--lang", "en");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var summary = r
            .Stderr.Split('\n')
            .Where(l => l.Contains(" rows: ", StringComparison.Ordinal) || l.StartsWith("rejected: ", StringComparison.Ordinal))
            .ToArray();
        return (File.ReadAllText(output), summary);
    }

    [Fact]
    public void AnExcelBatch_IsAppraisedLikeTheCsvOfTheSameRows_RejectionsIncluded()
    {
        var dir = CliRunner.NewTempDir();
        var (header, records) = Batch(dir);
        var csv = WriteCsv(Path.Combine(dir, "sites.csv"), header, records);
        var xlsx = Path.Combine(dir, "sites.xlsx");
        MiniExcel.SaveAs(xlsx, records.Select(r => header.Zip(r).ToDictionary(c => c.First, c => Typed(c.Second))).ToList());

        var fromCsv = Appraise(csv, dir);
        var fromExcel = Appraise(xlsx, dir);

        Assert.Contains("4 rejected", fromCsv.Summary[0]);
        Assert.Equal(4, fromCsv.Summary.Length - 1);
        Assert.Equal(fromCsv.Results, fromExcel.Results);
        Assert.Equal(fromCsv.Summary, fromExcel.Summary);
    }

    [Fact]
    public void AGeoJsonBatch_IsAppraisedLikeTheCsvOfTheSameRows_RejectionsIncluded()
    {
        var dir = CliRunner.NewTempDir();
        var (header, all) = Batch(dir);
        // GeoJSON carries the position as a point: the rows given in decimal degrees.
        int lon = Array.IndexOf(header, "lon"),
            lat = Array.IndexOf(header, "lat");
        var records = all.Where(r => Typed(r[lon]) is double && Typed(r[lat]) is double).ToList();
        Assert.InRange(records.Count, all.Count / 2, all.Count - 1);
        var csv = WriteCsv(Path.Combine(dir, "sites.csv"), header, records);
        var features = new JsonArray();
        foreach (var r in records)
        {
            var properties = new JsonObject();
            foreach (var (column, text) in header.Zip(r))
            {
                if (column is "lon" or "lat" || Typed(text) is not { } value)
                    continue;
                properties[column] = value switch
                {
                    double d => d,
                    bool b => b,
                    _ => (string)value,
                };
            }
            features.Add(
                new JsonObject
                {
                    ["type"] = "Feature",
                    ["properties"] = properties,
                    ["geometry"] = new JsonObject
                    {
                        ["type"] = "Point",
                        ["coordinates"] = new JsonArray((double)Typed(r[lon])!, (double)Typed(r[lat])!),
                    },
                }
            );
        }
        var geojson = Path.Combine(dir, "sites.geojson");
        File.WriteAllText(geojson, new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString());

        var fromCsv = Appraise(csv, dir);
        var fromGeoJson = Appraise(geojson, dir);

        Assert.Contains("4 rejected", fromCsv.Summary[0]);
        Assert.Equal(fromCsv.Results, fromGeoJson.Results);
        Assert.Equal(fromCsv.Summary, fromGeoJson.Summary);
    }

    [Fact]
    public void AFileNamedNeitherXlsxNorGeoJson_IsReadAsDelimitedText_AsBefore()
    {
        var dir = CliRunner.NewTempDir();
        var tsv = Path.Combine(dir, "sites.tsv");
        File.WriteAllText(
            tsv,
            "carrier\tsite_code\tlon\tlat\tpole_class\theight_m\tcamouflaged\nViettel\tMC-33\t107.97826\t21.53008\tA2b\t33\tno\n"
        );
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", tsv, "--lang", "en");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("1 needs consultation", r.Stderr);
    }

    [Theory]
    [InlineData("not-a-zip.xlsx", "carrier,site_code\nViettel,A")]
    [InlineData("not-json.geojson", "{ \"type\": \"FeatureCollection\", \"features\": [ {")]
    public void AFileItsReaderCannotMakeSenseOf_IsOneLineNamingTheFile_AndExitCode1(string name, string content)
    {
        var dir = CliRunner.NewTempDir();
        var input = Path.Combine(dir, name);
        File.WriteAllText(input, content);
        var output = Path.Combine(dir, "out.csv");
        var r = CliRunner.Run(null, "appraise", "--plan", CliRunner.QuangNinh, "--in", input, "--out", output);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith($"lỗi: không đọc được tệp '{name}': ", r.Stderr, StringComparison.Ordinal);
        Assert.Single(r.Stderr.Trim().Split('\n'));
        Assert.DoesNotContain("Exception", r.Stderr);
        Assert.False(File.Exists(output));
    }
}

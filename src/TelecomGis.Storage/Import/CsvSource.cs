using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace TelecomGis.Storage.Import;

/// <summary>
/// Reads a CSV table with coordinate columns (<see cref="TableCoordinates"/>): the delimiter (comma, semicolon, tab) taken
/// from the header line, the text UTF-8 (with or without BOM) or, when it is not valid UTF-8, the legacy encoding its words
/// read best in (<see cref="VietnameseText"/>). Rows are numbered as a spreadsheet shows them (the header is row 1).
/// </summary>
public static class CsvSource
{
    private static readonly string[] Delimiters = [",", ";", "\t"];

    public static SourceData Read(byte[] content, int? srs, SourceEncoding encoding)
    {
        var bytes = content.AsSpan();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
            encoding = SourceEncoding.Utf8;
        }
        if (encoding == SourceEncoding.Auto)
            encoding = VietnameseText.Detect(Lines(bytes.ToArray()));
        var text = VietnameseText.Decode(bytes, encoding);
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = Delimiters.OrderByDescending(d => firstLine.Split(d).Length).First();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        using var csv = new CsvReader(new StringReader(text), config);
        if (!csv.Read())
            throw new ImportFileException("tệp CSV trống.", "the CSV is empty.");
        var headers = csv.Parser.Record!.Select(h => h.Trim()).ToList();
        var coordinates = TableCoordinates.Find(headers, srs);
        var features = new List<SourceFeature>();
        while (csv.Read())
        {
            var record = csv.Parser.Record!;
            if (record.All(string.IsNullOrWhiteSpace))
                continue;
            string? Cell(int i) => i < record.Length && !string.IsNullOrWhiteSpace(record[i]) ? record[i].Trim() : null;
            var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
                attributes[headers[i]] = Cell(i);
            var (geometry, problem) = coordinates.Read(Cell);
            features.Add(new SourceFeature(csv.Parser.Row, attributes, geometry) { GeometryProblem = problem });
        }
        var (vi, en) = coordinates.Describe();
        return new SourceData("CSV", headers, features)
        {
            Notes = [(vi, en), ($"bảng mã: {VietnameseText.Describe(encoding)}", $"encoding: {VietnameseText.Describe(encoding)}")],
        };
    }

    private static IEnumerable<byte[]> Lines(byte[] bytes)
    {
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                yield return bytes[start..i];
                start = i + 1;
            }
        }
    }
}

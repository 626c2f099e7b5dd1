using System.Globalization;
using System.Text;
using System.Text.Json;
using MiniExcelLibs;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using TelecomGis.Api.Layers;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Api.Submissions;

/// <summary>
/// Reads an uploaded batch (CSV, Excel .xlsx, or GeoJSON points with the same property names) into validated rows. A file that cannot
/// be read at all is refused as a whole (400, naming the file); a row that cannot be read becomes that row's rejection.
/// </summary>
public static class BatchFile
{
    /// <summary>A department's largest batches are a few hundred sites; this leaves room and bounds the work one upload can cause.</summary>
    public const int MaxRows = 20_000;

    public static async Task<IReadOnlyList<SubmissionRow>> ReadAsync(IFormFile file, string carrier, CancellationToken cancellationToken)
    {
        var name = file.FileName.ToLowerInvariant();
        // Buffered once: the readers below want a seekable stream, and a batch file is small.
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        IReadOnlyList<SubmissionRow> rows;
        try
        {
            rows = name switch
            {
                _ when name.EndsWith(".csv", StringComparison.Ordinal) || name.EndsWith(".txt", StringComparison.Ordinal) =>
                    SubmissionCsvReader.Read(new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true)),
                _ when name.EndsWith(".xlsx", StringComparison.Ordinal) => ReadExcel(buffer, carrier),
                _ when name.EndsWith(".geojson", StringComparison.Ordinal) || name.EndsWith(".json", StringComparison.Ordinal) => ReadGeoJson(buffer, carrier),
                _ => throw RequestValidationException.For("file", $"Unknown file type '{file.FileName}': send .csv, .xlsx or .geojson.",
                    $"Không nhận dạng được tệp '{file.FileName}': gửi .csv, .xlsx hoặc .geojson."),
            };
        }
        catch (RequestValidationException)
        {
            throw;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidDataException or IOException or InvalidOperationException
                                      or ArgumentException or NotSupportedException or IndexOutOfRangeException or KeyNotFoundException
                                      or CsvHelper.CsvHelperException or System.Xml.XmlException)
        {
            // A file the readers cannot make sense of (not CSV, a "xlsx" that is no zip, JSON that is not GeoJSON): refuse it whole.
            throw RequestValidationException.For("file", $"The file '{file.FileName}' cannot be read: {e.Message}", $"Không đọc được tệp '{file.FileName}'.");
        }
        if (rows.Count > MaxRows)
        {
            throw RequestValidationException.For("file", $"The file has {rows.Count} rows; at most {MaxRows} are accepted in one batch.", $"Tệp có quá {MaxRows} dòng.");
        }
        return rows;
    }

    private static List<SubmissionRow> ReadExcel(Stream stream, string carrier)
    {
        var rows = new List<SubmissionRow>();
        var number = 0;
        foreach (IDictionary<string, object?> record in MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX))
        {
            var columns = record.ToDictionary(kv => kv.Key.Trim().ToLowerInvariant(), kv => kv.Value, StringComparer.Ordinal);
            if (number == 0) SubmissionRowParser.CheckHeader(columns.Keys.Append("carrier"));
            number++;
            if (columns.Values.All(v => v is null || string.IsNullOrWhiteSpace(Convert.ToString(v, CultureInfo.InvariantCulture)))) continue;
            rows.Add(SubmissionRowParser.Parse(number, n => Text(columns.GetValueOrDefault(n)) ?? (n == "carrier" ? carrier : null)));
        }
        if (number == 0) throw new FormatException("The workbook's first sheet has no rows under a header (carrier, site_code, lon, lat, pole_class, height_m, …).");
        return rows;
    }

    private static List<SubmissionRow> ReadGeoJson(Stream stream, string carrier)
    {
        var collection = JsonSerializer.Deserialize<FeatureCollection>(stream, GeoJson.Options)
            ?? throw new FormatException("The file holds no GeoJSON FeatureCollection.");
        var rows = new List<SubmissionRow>(collection.Count);
        for (var i = 0; i < collection.Count; i++)
        {
            var feature = collection[i];
            var number = i + 1;
            var attributes = feature.Attributes;
            string? Field(string n) =>
                n switch
                {
                    "lon" when feature.Geometry is Point p => p.X.ToString("R", CultureInfo.InvariantCulture),
                    "lat" when feature.Geometry is Point p => p.Y.ToString("R", CultureInfo.InvariantCulture),
                    _ => (attributes is not null && attributes.Exists(n) ? Text(attributes[n]) : null) ?? (n == "carrier" ? carrier : null),
                };
            if (feature.Geometry is not Point)
            {
                rows.Add(SubmissionRow.Rejected(number, Field("carrier") ?? carrier, Field("site_code") ?? "", "geometry",
                    "Mỗi đối tượng phải là một điểm (Point).", $"Feature {number} must be a Point, not {feature.Geometry?.GeometryType ?? "nothing"}."));
                continue;
            }
            rows.Add(SubmissionRowParser.Parse(number, Field));
        }
        return rows;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        bool b => b ? "yes" : "no",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null,
    };
}

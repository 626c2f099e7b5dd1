using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Storage.RegisterExports;

/// <summary>
/// The register as one table for the department's files (<c>telecomgis register export</c>): one row per structure not dismantled,
/// with its owner, what it is, its installations, its status since when and its approval; Vietnamese headers. As .csv (UTF-8 with a
/// byte-order mark, for Excel), GeoJSON points (WGS 84, the same headers as properties) or, through the CLI's RegisterWorkbook, an Excel workbook.
/// </summary>
public static class RegisterExport
{
    public static readonly IReadOnlyList<string> Header =
    [
        "Mã vị trí",
        "Mã trạm",
        "Chủ sở hữu",
        "Doanh nghiệp dùng chung",
        "Kinh độ",
        "Vĩ độ",
        "Loại cột",
        "Chiều cao (m)",
        "Chiều cao công trình/nhà (m)",
        "Ngụy trang",
        "Nguồn dự phòng (giờ)",
        "Trạm trọng yếu",
        "Công nghệ",
        "Số BTS",
        "Trạng thái",
        "Từ ngày",
        "Văn bản chấp thuận",
        "Ngày văn bản",
    ];

    /// <summary>The format a file's name says (.csv, .xlsx, .geojson/.json); null for none of these.</summary>
    public static string? FormatOf(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => "csv",
            ".xlsx" => "xlsx",
            ".geojson" or ".json" => "geojson",
            _ => null,
        };

    /// <summary>The rows, by structure id; dismantled structures left out.</summary>
    /// <param name="vietnamOffset">The department's offset (UTC+7): the day a status took effect is Vietnam's day.</param>
    public static IReadOnlyList<(RegisteredStructure Structure, object?[] Cells)> Rows(RegisterState register, TimeSpan vietnamOffset) =>
        [
            .. register
                .Structures.Where(s => s.Status != LifecycleStage.Dismantled)
                .OrderBy(s => s.Structure.Id, StringComparer.Ordinal)
                .Select(r => (r, Cells(r, vietnamOffset))),
        ];

    private static object?[] Cells(RegisteredStructure r, TimeSpan offset)
    {
        var s = r.Structure;
        return
        [
            s.Id,
            s.Code,
            s.Owner,
            string.Join(", ", s.Carriers.Skip(1)),
            Math.Round(s.Location.X, 7),
            Math.Round(s.Location.Y, 7),
            s.PoleClass.ToString(),
            s.HeightM,
            s.BuildingHeightM,
            s.Camouflaged ? "có" : "không",
            s.BackupPowerHours,
            s.Critical ? "có" : "không",
            string.Join(", ", s.Technologies.Select(t => t.Label())),
            s.Installations.Count,
            r.Status.Vi(),
            Iso(DateOnly.FromDateTime(r.Since.ToOffset(offset).DateTime)),
            r.Approval?.LetterNumber,
            r.Approval is { } a ? Iso(a.LetterDate) : null,
        ];
    }

    /// <summary>Writes the rows as CSV or GeoJSON (<see cref="FormatOf"/>); the .xlsx is the CLI's, through the Reports' workbook writer.</summary>
    public static void Write(Stream stream, string format, IReadOnlyList<(RegisteredStructure Structure, object?[] Cells)> rows)
    {
        switch (format)
        {
            case "csv":
                using (var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
                using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
                {
                    foreach (var h in Header)
                        csv.WriteField(h);
                    csv.NextRecord();
                    foreach (var (_, cells) in rows)
                    {
                        foreach (var c in cells)
                            csv.WriteField(
                                c switch
                                {
                                    null => "",
                                    double d => d.ToString("R", CultureInfo.InvariantCulture),
                                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                                    // A code or a name from a carrier's declaration never runs as a formula in Excel.
                                    _ => SpreadsheetText.Guard(c.ToString()),
                                }
                            );
                        csv.NextRecord();
                    }
                }
                break;
            case "geojson":
                // A file for GIS tools, never embedded in HTML: Vietnamese keys and values stay readable UTF-8, not \uXXXX escapes.
                using (
                    var json = new Utf8JsonWriter(
                        stream,
                        new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
                    )
                )
                {
                    json.WriteStartObject();
                    json.WriteString("type", "FeatureCollection");
                    json.WriteStartArray("features");
                    foreach (var (s, cells) in rows)
                    {
                        json.WriteStartObject();
                        json.WriteString("type", "Feature");
                        json.WriteString("id", s.Structure.Id);
                        json.WriteStartObject("geometry");
                        json.WriteString("type", "Point");
                        json.WriteStartArray("coordinates");
                        json.WriteNumberValue(Math.Round(s.Structure.Location.X, 7));
                        json.WriteNumberValue(Math.Round(s.Structure.Location.Y, 7));
                        json.WriteEndArray();
                        json.WriteEndObject();
                        json.WriteStartObject("properties");
                        for (var i = 0; i < Header.Count; i++)
                        {
                            json.WritePropertyName(Header[i]);
                            switch (cells[i])
                            {
                                case null:
                                    json.WriteNullValue();
                                    break;
                                case double d:
                                    json.WriteNumberValue(d);
                                    break;
                                case int n:
                                    json.WriteNumberValue(n);
                                    break;
                                default:
                                    json.WriteStringValue(cells[i]!.ToString());
                                    break;
                            }
                        }
                        json.WriteEndObject();
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "csv or geojson");
        }
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

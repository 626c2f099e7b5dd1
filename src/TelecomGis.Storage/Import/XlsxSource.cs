using System.Globalization;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace TelecomGis.Storage.Import;

/// <summary>
/// Reads the first sheet of an .xlsx as a table with coordinate columns (<see cref="TableCoordinates"/>), as departments lay
/// such sheets out: title rows above the table (one text across merged cells) are skipped, and a header of two rows, where a
/// group heading is merged over its columns ("Tọa độ VN-2000" over "X" and "Y") while other headings are merged down both
/// rows ("STT"), gives each column its whole name ("Tọa độ VN-2000 X"). Merged ranges are read from the sheet
/// (<see cref="XlsxMergedCells"/>) and filled with their value. Rows are numbered as Excel shows them.
/// </summary>
public static class XlsxSource
{
    private static readonly OpenXmlConfiguration Configuration = new() { EnableSharedStringCache = false };

    public static SourceData Read(byte[] content, int? srs, SourceEncoding encoding = SourceEncoding.Auto)
    {
        List<object?[]> rows;
        try
        {
            rows =
            [
                .. MiniExcel
                    .Query(new MemoryStream(content), useHeaderRow: false, excelType: ExcelType.XLSX, configuration: Configuration)
                    .Cast<IDictionary<string, object?>>()
                    .Select(r => r.Values.ToArray()),
            ];
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new ImportFileException("tệp Excel (.xlsx) không đọc được.", $"the .xlsx cannot be read: {e.Message}", e);
        }
        XlsxMergedCells.Fill(rows, XlsxMergedCells.Read(content));
        var legacy = LegacyFontText.Detect([.. rows.SelectMany(r => r).OfType<string>()], encoding);
        if (legacy != SourceEncoding.Utf8)
        {
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is string s)
                        row[i] = LegacyFontText.Decode(s, legacy);
                }
            }
        }
        var at = 0;
        while (at < rows.Count && IsTitle(rows[at]))
            at++;
        if (at >= rows.Count)
            throw new ImportFileException("trang tính đầu tiên không có bảng.", "the first sheet holds no table.");
        var header = rows[at].Select(Text).ToArray();
        var headerRows = 1;
        if (at + 1 < rows.Count && HasGroupHeading(header))
        {
            var sub = rows[at + 1].Select(Text).ToArray();
            header = [.. header.Select((h, i) => Combine(h, i < sub.Length ? sub[i] : null))];
            headerRows = 2;
        }
        var headers = Unique(header);
        var coordinates = TableCoordinates.Find(headers, srs);
        var features = new List<SourceFeature>();
        for (var r = at + headerRows; r < rows.Count; r++)
        {
            var cells = rows[r];
            if (cells.All(c => string.IsNullOrWhiteSpace(Text(c))))
                continue;
            string? Cell(int i) => i < cells.Length && Text(cells[i]) is { Length: > 0 } t ? t : null;
            var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
                attributes[headers[i]] = i < cells.Length ? Value(cells[i]) : null;
            var (geometry, problem) = coordinates.Read(Cell);
            features.Add(new SourceFeature(r + 1, attributes, geometry) { GeometryProblem = problem });
        }
        var (vi, en) = coordinates.Describe();
        return new SourceData("Excel", headers, features)
        {
            Notes =
            [
                .. (
                    legacy == SourceEncoding.Utf8
                        ? Array.Empty<(string, string)>()
                        :
                        [
                            (
                                $"chữ gõ bằng phông {VietnameseText.Describe(legacy)}, đã chuyển sang Unicode",
                                $"text typed in a {VietnameseText.Describe(legacy)} font, converted to Unicode"
                            ),
                        ]
                ),
                (vi, en),
                (
                    $"tiêu đề bảng ở dòng {at + 1}" + (headerRows == 2 ? $"–{at + 2} (ô gộp)" : ""),
                    $"header at row {at + 1}" + (headerRows == 2 ? $"–{at + 2} (merged cells)" : "")
                ),
            ],
        };
    }

    /// <summary>A title row: a single text, alone or repeated across merged cells ("DANH SÁCH TRẠM BTS").</summary>
    private static bool IsTitle(object?[] row)
    {
        var texts = row.Select(Text).Where(t => t.Length > 0).Distinct().ToList();
        return texts.Count <= 1;
    }

    /// <summary>A heading merged over several columns shows (filled) as the same text in neighbouring cells.</summary>
    private static bool HasGroupHeading(string[] header)
    {
        for (var i = 1; i < header.Length; i++)
        {
            if (header[i].Length > 0 && header[i] == header[i - 1])
                return true;
        }
        return false;
    }

    private static string Combine(string top, string? below) =>
        string.IsNullOrWhiteSpace(below) || below == top ? top
        : top.Length == 0 ? below
        : $"{top} {below}";

    private static List<string> Unique(string[] header)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<string>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Length == 0 ? $"cột {i + 1}" : header[i];
            result.Add(seen.TryGetValue(name, out var n) ? $"{name} ({seen[name] = n + 1})" : name);
            seen.TryAdd(name, 1);
        }
        return result;
    }

    private static string Text(object? cell) =>
        cell switch
        {
            null => "",
            string s => s.Trim().Normalize(NormalizationForm.FormC),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => Convert.ToString(cell, CultureInfo.InvariantCulture)?.Trim() ?? "",
        };

    private static object? Value(object? cell) =>
        cell switch
        {
            null => null,
            string s when string.IsNullOrWhiteSpace(s) => null,
            string s => s.Trim().Normalize(NormalizationForm.FormC),
            _ => cell,
        };
}

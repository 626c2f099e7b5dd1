using System.Globalization;
using System.Text;
using TelecomGis.Core.Reporting;
using TelecomGis.Reports.Spreadsheets;

namespace TelecomGis.Api.Register;

/// <summary>
/// The list of non-conforming structures as a spreadsheet a department opens: one line per structure and failing rule, in the
/// list's order, Vietnamese headers, dates as the department writes them (dd/MM/yyyy).
/// <list type="bullet">
/// <item>CSV: UTF-8 with a byte order mark (Excel reads Vietnamese correctly only with one), RFC 4180 quoting, numbers with a
/// decimal point, and no cell that runs as a formula (<see cref="SpreadsheetText"/>: codes and names come from carriers'
/// declarations).</item>
/// <item>Excel workbook: the same columns, coordinates and heights as numbers (a Vietnamese Excel reads the CSV's decimal
/// points as text), the heading frozen and filtered (<see cref="XlsxTableWriter"/>).</item>
/// </list>
/// </summary>
public static class NonconformingFile
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = XlsxTableWriter.ContentType;

    private static readonly XlsxColumn[] Columns =
    [
        new("Quy định", 9, XlsxCellKind.Text),
        new("Tên quy định", 30, XlsxCellKind.Text),
        new("Thời hạn khắc phục", 12, XlsxCellKind.Text),
        new("Biện pháp theo lộ trình", 30, XlsxCellKind.Text),
        new("Mã vị trí", 14, XlsxCellKind.Text),
        new("Doanh nghiệp", 14, XlsxCellKind.Text),
        new("Mã trạm", 14, XlsxCellKind.Text),
        new("Xã, phường", 22, XlsxCellKind.Text),
        new("Kinh độ", 12, XlsxCellKind.Degrees),
        new("Vĩ độ", 11, XlsxCellKind.Degrees),
        new("Loại cột", 8, XlsxCellKind.Text),
        new("Chiều cao (m)", 10, XlsxCellKind.Number),
        new("Tình trạng", 18, XlsxCellKind.Text),
        new("Lý do không phù hợp", 80, XlsxCellKind.Text),
    ];

    public static readonly string[] Headers = [.. Columns.Select(c => c.Title)];

    public static string FileName(NonconformingListView list, string extension) =>
        $"danh-sach-khong-phu-hop-{list.Today:yyyy-MM-dd}.{extension}";

    /// <summary>Each line's cells, numbers as numbers.</summary>
    private static IEnumerable<object?[]> Lines(NonconformingListView list) =>
        list.Groups.SelectMany(g =>
            g.Structures.Select(s =>
                new object?[]
                {
                    g.RuleId,
                    g.TitleVi,
                    g.Deadline?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                    g.RemedyVi,
                    s.Id,
                    s.Owner,
                    s.Code,
                    s.CommuneName,
                    s.Lon,
                    s.Lat,
                    s.PoleClass,
                    s.HeightM,
                    s.StatusText,
                    s.MessageVi,
                }
            )
        );

    public static byte[] Csv(NonconformingListView list)
    {
        var text = new StringBuilder();
        Line(text, Headers);
        foreach (var cells in Lines(list))
        {
            Line(
                text,
                cells.Select(
                    (c, i) =>
                        c switch
                        {
                            null => "",
                            // Six decimals (about 10 cm) for the coordinates, as the list has always been written; heights as needed.
                            double d => d.ToString(
                                Columns[i].Kind == XlsxCellKind.Degrees ? "0.000000" : "0.##",
                                CultureInfo.InvariantCulture
                            ),
                            _ => Convert.ToString(c, CultureInfo.InvariantCulture) ?? "",
                        }
                )
            );
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(NonconformingListView list)
    {
        using var stream = new MemoryStream();
        using (var table = new XlsxTableWriter(stream, "Không phù hợp quy hoạch", Columns))
        {
            foreach (var cells in Lines(list))
                table.WriteRow(cells);
            table.Finish(
                "Thông tin",
                [
                    ("Danh sách công trình không phù hợp quy hoạch, ngày", list.Today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
                    ("Số dòng (mỗi công trình, mỗi quy định)", list.Groups.Sum(g => g.Structures.Count)),
                ]
            );
        }
        return stream.ToArray();
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(c => Quote(SpreadsheetText.Guard(c))));
        text.Append("\r\n");
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}

using System.Globalization;
using System.Text;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Api.Register;

/// <summary>
/// The list of non-conforming structures as a spreadsheet a department opens in Excel: UTF-8 with a byte order mark (Excel reads
/// Vietnamese correctly only with one), Vietnamese headers, one line per structure and failing rule, in the list's order, RFC 4180
/// quoting, dates as the department writes them (dd/MM/yyyy), numbers with a decimal point, and no cell that runs as a formula
/// (<see cref="SpreadsheetText"/>: the codes and names come from carriers' declarations).
/// </summary>
public static class NonconformingCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly string[] Headers =
    [
        "Quy định",
        "Tên quy định",
        "Thời hạn khắc phục",
        "Biện pháp theo lộ trình",
        "Mã vị trí",
        "Doanh nghiệp",
        "Mã trạm",
        "Xã, phường",
        "Kinh độ",
        "Vĩ độ",
        "Loại cột",
        "Chiều cao (m)",
        "Tình trạng",
        "Lý do không phù hợp",
    ];

    public static string FileName(NonconformingListView list) => $"danh-sach-khong-phu-hop-{list.Today:yyyy-MM-dd}.csv";

    public static byte[] Write(NonconformingListView list)
    {
        var text = new StringBuilder();
        Line(text, Headers);
        foreach (var g in list.Groups)
        foreach (var s in g.Structures)
            Line(
                text,
                [
                    g.RuleId,
                    g.TitleVi,
                    g.Deadline?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "",
                    g.RemedyVi,
                    s.Id,
                    s.Owner,
                    s.Code,
                    s.CommuneName ?? "",
                    s.Lon.ToString("0.000000", CultureInfo.InvariantCulture),
                    s.Lat.ToString("0.000000", CultureInfo.InvariantCulture),
                    s.PoleClass,
                    s.HeightM.ToString("0.##", CultureInfo.InvariantCulture),
                    s.StatusText,
                    s.MessageVi,
                ]
            );
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(c => Quote(SpreadsheetText.Guard(c))));
        text.Append("\r\n");
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}

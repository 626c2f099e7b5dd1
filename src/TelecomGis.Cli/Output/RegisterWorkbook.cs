using TelecomGis.Core.Register;
using TelecomGis.Reports.Spreadsheets;
using TelecomGis.Storage.RegisterExports;

namespace TelecomGis.Cli.Output;

/// <summary>
/// <c>register export --out so-ha-tang.xlsx</c>: the register's table (<see cref="RegisterExport"/>'s headers and cells) as the
/// department's other workbooks are, through <see cref="XlsxTableWriter"/>: the heading frozen and filtered, coordinates with
/// seven decimals and heights with one as numbers (a Vietnamese Excel shows them with its decimal comma), a code that starts
/// like a formula kept as text.
/// </summary>
internal static class RegisterWorkbook
{
    public const string SheetName = "Sổ hạ tầng";

    /// <summary>Width and kind of each of <see cref="RegisterExport.Header"/>'s columns, in its order.</summary>
    private static readonly (double Width, XlsxCellKind Kind)[] Layout =
    [
        (16, XlsxCellKind.Text), // Mã vị trí
        (16, XlsxCellKind.Text), // Mã trạm
        (14, XlsxCellKind.Text), // Chủ sở hữu
        (20, XlsxCellKind.Text), // Doanh nghiệp dùng chung
        (13, XlsxCellKind.Degrees), // Kinh độ
        (12, XlsxCellKind.Degrees), // Vĩ độ
        (9, XlsxCellKind.Text), // Loại cột
        (12, XlsxCellKind.OneDecimal), // Chiều cao (m)
        (16, XlsxCellKind.OneDecimal), // Chiều cao công trình/nhà (m)
        (11, XlsxCellKind.Text), // Ngụy trang
        (13, XlsxCellKind.Number), // Nguồn dự phòng (giờ)
        (12, XlsxCellKind.Text), // Trạm trọng yếu
        (14, XlsxCellKind.Text), // Công nghệ
        (8, XlsxCellKind.Integer), // Số BTS
        (28, XlsxCellKind.Text), // Trạng thái
        (11, XlsxCellKind.Text), // Từ ngày
        (22, XlsxCellKind.Text), // Văn bản chấp thuận
        (12, XlsxCellKind.Text), // Ngày văn bản
    ];

    public static void Write(Stream stream, IReadOnlyList<(RegisteredStructure Structure, object?[] Cells)> rows)
    {
        if (Layout.Length != RegisterExport.Header.Count)
            throw new InvalidOperationException("The register workbook's layout does not match the export's columns.");
        using var writer = new XlsxTableWriter(
            stream,
            SheetName,
            [.. RegisterExport.Header.Select((title, i) => new XlsxColumn(title, Layout[i].Width, Layout[i].Kind))]
        );
        foreach (var (_, cells) in rows)
            writer.WriteRow(cells);
        writer.Finish();
    }
}

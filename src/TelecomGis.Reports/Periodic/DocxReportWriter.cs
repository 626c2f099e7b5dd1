using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TelecomGis.Core.Reporting;
using static TelecomGis.Reports.DecreeLayout;
using static TelecomGis.Reports.DecreeParagraphs;

namespace TelecomGis.Reports.Periodic;

/// <summary>
/// Writes the telecom section of the department's periodic report as a Word document in the letters' administrative style
/// (Decree 30/2020/NĐ-CP: A4, Times New Roman 13 pt, the issuing body and the national name side by side): a title, the parts
/// with the sentences the seeds write (<see cref="ReportSentences"/>), then every table with the year-earlier column.
/// </summary>
public static class DocxReportWriter
{
    private const int MaxLinesInDocument = 80;

    public static byte[] Write(DepartmentReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return stream.ToArray();
    }

    public static void Write(DepartmentReport report, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        var body = new Body();
        main.Document = new Document(body);
        body.Append(HeaderTable(report));
        body.Append(Para(JustificationValues.Center, 360, 0, Text("BÁO CÁO", 14, bold: true)));
        body.Append(
            Para(
                JustificationValues.Center,
                0,
                240,
                Text(
                    $"Tình hình hạ tầng viễn thông, bưu chính và công tác thẩm định vị trí trạm BTS {report.Period.Vietnamese}",
                    BodyPt,
                    bold: true
                )
            )
        );
        if (report.Provisional)
        {
            body.Append(
                Para(
                    JustificationValues.Center,
                    0,
                    240,
                    Text(
                        $"(Số liệu tạm tính đến ngày {report.AsOf:dd/MM/yyyy}: kỳ báo cáo chưa kết thúc; cùng kỳ năm trước tính cả kỳ)",
                        BodyPt,
                        italic: true
                    )
                )
            );
        }
        body.Append(Heading("I. CÔNG TÁC THẨM ĐỊNH VỊ TRÍ TRẠM BTS"));
        body.Append(BodyParagraph(ReportSentences.Appraisals(report)));
        body.Append(Heading("II. HẠ TẦNG TRẠM BTS VÀ DÙNG CHUNG HẠ TẦNG"));
        body.Append(BodyParagraph(ReportSentences.Structures(report)));
        body.Append(Heading("III. CÁP QUANG"));
        body.Append(BodyParagraph(ReportSentences.Fiber(report)));
        body.Append(Heading("IV. BƯU CHÍNH"));
        body.Append(BodyParagraph(ReportSentences.Postal(report)));
        body.Append(Heading("V. CÁC BIỂU SỐ LIỆU"));
        // Numbered as the workbook's sheets; a table of every commune (hundreds of lines) is left to the workbook.
        for (var n = 1; n <= report.Tables.Count; n++)
        {
            var table = report.Tables[n - 1];
            body.Append(Para(JustificationValues.Left, 120, 60, Text($"Biểu {n}. {table.TitleVi}", BodyPt, bold: true)));
            if (table.Lines.Count > MaxLinesInDocument)
            {
                body.Append(BodyParagraph($"Biểu có {table.Lines.Count} dòng: xem bảng số liệu (.xlsx) kèm theo.", italic: true));
                continue;
            }
            if (!table.HasData)
            {
                body.Append(BodyParagraph(table.NoDataVi!, italic: true));
                continue;
            }
            body.Append(DataTable(table));
            body.Append(Para(JustificationValues.Left, 40, 120, Text($"Nguồn: {table.SourceVi}", 11, italic: true)));
        }
        body.Append(Heading("Ghi chú"));
        foreach (var note in ReportNotes.Vietnamese)
            body.Append(BodyParagraph("- " + note, italic: true));
        body.Append(
            new SectionProperties(
                new PageSize { Width = (UInt32Value)(uint)Twips(PageWidthMm), Height = (UInt32Value)(uint)Twips(PageHeightMm) },
                new PageMargin
                {
                    Top = Twips(TopMarginMm),
                    Bottom = Twips(BottomMarginMm),
                    Left = (UInt32Value)(uint)Twips(LeftMarginMm),
                    Right = (UInt32Value)(uint)Twips(RightMarginMm),
                    Header = 567,
                    Footer = 567,
                    Gutter = 0,
                }
            )
        );
        main.Document.Save();
    }

    private static Table HeaderTable(DepartmentReport report)
    {
        var left = new TableCell(
            CellWidth(HeaderLeftColumnMm),
            Para(JustificationValues.Center, 0, 0, Text(Upper($"UBND tỉnh {report.Province}"), HeaderPt)),
            Para(JustificationValues.Center, 0, 0, Text(Upper(report.Department), HeaderPt, bold: true))
        );
        var right = new TableCell(
            CellWidth(TextWidthMm - HeaderLeftColumnMm),
            Para(JustificationValues.Center, 0, 0, Text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", NationalNamePt, bold: true)),
            Para(JustificationValues.Center, 0, 0, Text("Độc lập - Tự do - Hạnh phúc", MottoPt, bold: true, underline: true)),
            Para(
                JustificationValues.Center,
                240,
                0,
                Text(
                    $"{report.Province}, ngày {report.AsOf.Day:00} tháng {report.AsOf.Month:00} năm {report.AsOf.Year}",
                    BodyPt,
                    italic: true
                )
            )
        );
        return new Table(Borders(BorderValues.None), new TableRow(left, right));
    }

    private static Table DataTable(ReportTable table)
    {
        double[] widths = [12, 70, 20, 22, 22, 19];
        var result = new Table(Borders(BorderValues.Single));
        string[] head = ["TT", "Chỉ tiêu", "Đơn vị", "Kỳ báo cáo", "Cùng kỳ năm trước", "So sánh %"];
        result.Append(new TableRow(head.Select((h, i) => Cell(widths[i], h, JustificationValues.Center, bold: true))));
        foreach (var line in table.Lines)
        {
            var compare =
                line.Format == FigureFormat.Percent ? Points(line.ChangePoints) : Number(line.ComparisonPercent, FigureFormat.Decimal);
            result.Append(
                new TableRow(
                    Cell(widths[0], line.Number, JustificationValues.Center, line.IsTotal),
                    Cell(widths[1], line.LabelVi, JustificationValues.Left, line.IsTotal),
                    Cell(widths[2], line.UnitVi, JustificationValues.Center, line.IsTotal),
                    Cell(widths[3], Number(line.Current, line.Format), JustificationValues.Right, line.IsTotal),
                    Cell(widths[4], Number(line.YearEarlier, line.Format), JustificationValues.Right, line.IsTotal),
                    Cell(widths[5], compare, JustificationValues.Right, line.IsTotal)
                )
            );
        }
        return result;
    }

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static string Number(double? v, FigureFormat format) =>
        v is not { } x || !double.IsFinite(x) ? "–"
        : format == FigureFormat.Count ? x.ToString("#,##0", Vi)
        : x.ToString("#,##0.0", Vi);

    private static string Points(double? v) => v is { } x ? x.ToString("+0.0;-0.0;0.0", Vi) + " điểm phần trăm" : "–";

    private static TableCell Cell(double mm, string text, JustificationValues alignment, bool bold) =>
        new(CellWidth(mm), Para(alignment, 20, 20, Text(text, 11, bold)));

    private static TableProperties Borders(BorderValues kind) =>
        new(
            new TableWidth { Width = Twips(TextWidthMm).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = kind, Size = 4 },
                new LeftBorder { Val = kind, Size = 4 },
                new BottomBorder { Val = kind, Size = 4 },
                new RightBorder { Val = kind, Size = 4 },
                new InsideHorizontalBorder { Val = kind, Size = 4 },
                new InsideVerticalBorder { Val = kind, Size = 4 }
            ),
            new TableLayout { Type = TableLayoutValues.Fixed }
        );

    private static Paragraph Heading(string text) => Para(JustificationValues.Left, 240, 120, Text(text, BodyPt, bold: true));

    private static string Upper(string text) => VietnameseText.Upper(text);
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TelecomGis.Core.Reporting;
using TelecomGis.Reports.Periodic;

namespace TelecomGis.Reports.Tests;

/// <summary>The periodic report's workbook and document read back with OpenXML: numbers as numbers with their formats, totals in
/// bold, a table without data saying so, every table's source on the notes sheet.</summary>
public class PeriodicReportWriterTests
{
    private static DepartmentReport Report()
    {
        var period = ReportPeriod.TryParse("2026-Q3")!;
        ReportFigure[] now =
        [
            new("received", "1", "Hồ sơ đề nghị thẩm định tiếp nhận trong kỳ", "Received", "hồ sơ", 1234, IsTotal: true),
            new("median-days", "2.1", "Thời gian xử lý trung vị", "Median", "ngày làm việc", 4.5, FigureFormat.Decimal),
            new("sharing-ratio", "2.2", "Tỷ lệ dùng chung", "Sharing", "%", 67.5, FigureFormat.Percent),
        ];
        ReportFigure[] before =
        [
            new("received", "1", "", "", "hồ sơ", 1000),
            new("median-days", "2.1", "", "", "", 5, FigureFormat.Decimal),
            new("sharing-ratio", "2.2", "", "", "%", 60, FigureFormat.Percent),
        ];
        return new DepartmentReport(
            period,
            "Quảng Ninh",
            "Sở Khoa học và Công nghệ tỉnh Quảng Ninh",
            period.End,
            [
                new ReportTable(
                    "tham-dinh",
                    "Kết quả thẩm định vị trí trạm BTS",
                    "Appraisals",
                    ReportTable.Compare(now, before),
                    "Kho dữ liệu",
                    "The store"
                ),
                ReportTable.Empty("kiem-tra", "Kiểm tra, xử lý vi phạm", "Inspections", "Chưa có dữ liệu: sổ đăng ký chưa có.", "No data."),
            ]
        );
    }

    [Fact]
    public void TheWorkbook_NumbersAreNumbersWithFormats_TotalsBold_NoDataSaid_SourcesNoted()
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(XlsxReportWriter.Write(Report())), false);
        var part = workbook.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["1. Kết quả thẩm định vị trí", "2. Kiểm tra, xử lý vi phạm", "Ghi chú"], sheets.Select(s => s.Name!.Value));
        var formats = part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var numberFormats = part
            .WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
        var fonts = part.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToList();
        Cell CellAt(Sheet sheet, string reference) =>
            ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);

        // Row 5: the received line (header in row 4): 1 234 and 1 000, 123.4 %; bold.
        var received = CellAt(sheets[0], "D5");
        Assert.Equal(CellValues.Number, received.DataType!.Value);
        Assert.Equal("1234", received.CellValue!.Text);
        Assert.Equal("#,##0", numberFormats[formats[(int)received.StyleIndex!.Value].NumberFormatId!.Value]);
        Assert.NotNull(fonts[(int)formats[(int)received.StyleIndex.Value].FontId!.Value].GetFirstChild<Bold>());
        Assert.Equal(123.4, double.Parse(CellAt(sheets[0], "F5").CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), 9);
        var median = CellAt(sheets[0], "D6");
        Assert.Equal("#,##0.0", numberFormats[formats[(int)median.StyleIndex!.Value].NumberFormatId!.Value]);
        // A ratio compares in percentage points, not as a ratio of ratios.
        var points = CellAt(sheets[0], "F7");
        Assert.Equal("7.5", points.CellValue!.Text);
        Assert.Contains("điểm phần trăm", numberFormats[formats[(int)points.StyleIndex!.Value].NumberFormatId!.Value]);

        // The source under the table: merged across its six columns and wrapped, so a long one never widens the printed page.
        var table = ((WorksheetPart)part.GetPartById(sheets[0].Id!)).Worksheet;
        var source = table.Descendants<Cell>().Single(c => c.InnerText.StartsWith("Nguồn: ", StringComparison.Ordinal));
        var row = source.CellReference!.Value![1..];
        Assert.Equal([$"A{row}:F{row}"], table.Descendants<MergeCell>().Select(m => m.Reference!.Value));
        Assert.True(formats[(int)source.StyleIndex!.Value].Alignment!.WrapText!.Value);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook));

        Assert.Contains("Chưa có dữ liệu: sổ đăng ký chưa có.", ((WorksheetPart)part.GetPartById(sheets[1].Id!)).Worksheet.InnerText);
        var notes = ((WorksheetPart)part.GetPartById(sheets[2].Id!)).Worksheet.InnerText;
        Assert.Contains("Kho dữ liệu", notes);
        Assert.Contains("Chưa có dữ liệu: sổ đăng ký chưa có.", notes);
        Assert.Contains("So sánh %", notes);
    }

    [Fact]
    public void TheDocument_HasTheNationalHeading_TheSentences_AndTheTables()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.Write(Report())), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var text = body.InnerText;
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NINH", text);
        Assert.Contains("Trong quý III năm 2026, Sở đã tiếp nhận 1.234 hồ sơ", text);
        Assert.Contains("bằng 123,4% so với cùng kỳ năm trước (1.000 hồ sơ)", text);
        Assert.Contains("+7,5 điểm phần trăm", text);
        Assert.Contains("Chưa có dữ liệu: sổ đăng ký chưa có.", text);
        // The header table and one data table (the empty one has a sentence instead).
        Assert.Equal(2, body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Count());
    }

    /// <summary>A report made before its period ended says in each file that its figures are provisional up to that day.</summary>
    [Fact]
    public void AReportMadeBeforeItsPeriodEnded_SaysItsFiguresAreProvisional_InEveryFile()
    {
        var report = Report() with { AsOf = new DateOnly(2026, 8, 15) };
        Assert.True(report.Provisional);
        Assert.False(Report().Provisional);

        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(XlsxReportWriter.Write(report)), false))
        {
            var part = workbook.WorkbookPart!;
            var first = part.Workbook.Sheets!.Elements<Sheet>().First();
            Assert.Contains(
                "Kỳ báo cáo: quý III năm 2026 (chưa kết thúc; số liệu tạm tính đến ngày 15/08/2026); cùng kỳ năm trước: quý III năm 2025 (cả kỳ)",
                ((WorksheetPart)part.GetPartById(first.Id!)).Worksheet.InnerText
            );
        }
        using (var document = WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.Write(report)), false))
        {
            Assert.Contains(
                "(Số liệu tạm tính đến ngày 15/08/2026: kỳ báo cáo chưa kết thúc; cùng kỳ năm trước tính cả kỳ)",
                document.MainDocumentPart!.Document!.Body!.InnerText
            );
        }
        using (var finished = WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.Write(Report())), false))
            Assert.DoesNotContain("tạm tính", finished.MainDocumentPart!.Document!.Body!.InnerText);
        using var json = System.Text.Json.JsonDocument.Parse(JsonReportWriter.Write(report));
        Assert.True(json.RootElement.GetProperty("provisional").GetBoolean());
    }
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using TelecomGis.Reports.Spreadsheets;

namespace TelecomGis.Reports.Tests;

public class XlsxTableWriterTests
{
    private static readonly XlsxColumn[] Columns =
    [
        new("Dòng", 7, XlsxCellKind.Integer),
        new("Mã trạm", 14, XlsxCellKind.Text),
        new("Kinh độ", 13, XlsxCellKind.Degrees),
        new("Khoảng cách (m)", 14, XlsxCellKind.OneDecimal),
    ];

    private static byte[] Table(params object?[][] rows)
    {
        using var stream = new MemoryStream();
        using (var table = new XlsxTableWriter(stream, "Kết quả", Columns))
        {
            foreach (var row in rows)
                table.WriteRow(row);
            table.Finish("Thông tin", [("Tổng số dòng", rows.Length), ("Quy hoạch", "Quyết định số 1234/QĐ-UBND")]);
        }
        return stream.ToArray();
    }

    [Fact]
    public void TheWorkbookIsValidOpenXml_NumbersAreNumbers_AndTextIsNeverAFormula()
    {
        var bytes = Table(
            [1, "=HYPERLINK(\"http://example.com\")", 107.97826, 225.4],
            [2, "QN-\u0001S01\ud800", double.NaN, null],
            [3, "", 107.5, 12.0],
            [4, "Trạm 📡 Móng Cái", 107.5, 1.0]
        );
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));

        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Kết quả", "Thông tin"], sheets);
        var first = (WorksheetPart)document.WorkbookPart.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var cells = first.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Empty(first.Worksheet.Descendants<CellFormula>());
        Assert.Equal(CellValues.InlineString, cells["B2"].DataType!.Value);
        Assert.Equal("=HYPERLINK(\"http://example.com\")", cells["B2"].InnerText);
        Assert.Equal("107.97826", cells["C2"].CellValue!.Text);
        Assert.Null(cells["C2"].DataType);
        // A control character or half a surrogate pair, which XML cannot hold, is dropped, not a broken file (a whole pair is kept); NaN, null and an empty text leave the cell empty.
        Assert.Equal("QN-S01", cells["B3"].InnerText);
        Assert.False(cells.ContainsKey("C3"));
        Assert.False(cells.ContainsKey("D3"));
        Assert.False(cells.ContainsKey("B4"));
        Assert.Equal("Trạm 📡 Móng Cái", cells["B5"].InnerText);
        Assert.Equal("A1:D5", first.Worksheet.Elements<AutoFilter>().Single().Reference!.Value);
        Assert.Equal("Dòng", cells["A1"].InnerText);
    }

    /// <summary>GDAL's XLSX driver, an outside reader, sees the rows with their types (it saw none when the SDK prefixed the XML).</summary>
    [Fact]
    public void GdalReadsTheRowsWithTheirTypes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"xlsx-table-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, Table([1, "A-1", 107.97826, 225.4], [2, "A-2", 107.5, 12.0]));
        try
        {
            var info = ExternalTool.Run("ogrinfo", "-al", path);
            Assert.Contains("Layer name: Kết quả", info, StringComparison.Ordinal);
            Assert.Contains("Feature Count: 2", info, StringComparison.Ordinal);
            Assert.Contains("Kinh độ: Real", info, StringComparison.Ordinal);
            Assert.Contains("Kinh độ (Real) = 107.97826", info, StringComparison.Ordinal);
            Assert.Contains("Layer name: Thông tin", info, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Several tables, a sheet each with its own filter, names kept to Excel's rules; no sheet of facts unless asked.</summary>
    [Fact]
    public void SeveralTables_AreASheetEach_WithTheirOwnFilter_AndNamesExcelAccepts()
    {
        using var stream = new MemoryStream();
        using (
            var table = new XlsxTableWriter(
                stream,
                "Theo xã, phường",
                [new("Mã xã", 8, XlsxCellKind.Text), new("Dân số", 10, XlsxCellKind.Integer)]
            )
        )
        {
            table.WriteRow(["06652", 12_345]);
            table.WriteRow(["06655", 8_001]);
            table.NextTable("Bán kính phục vụ bình quân theo huyện: [km]/điểm", [new("Bán kính (km)", 12, XlsxCellKind.Number)]);
            table.WriteRow([1.337]);
            table.NextTable("Theo xã, phường", [new("Mã xã", 8, XlsxCellKind.Text)]);
            table.Finish();
        }
        using var document = SpreadsheetDocument.Open(new MemoryStream(stream.ToArray()), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Theo xã, phường", "Bán kính phục vụ bình quân theo", "Theo xã, phường (2)"], sheets.Select(x => x.Name!.Value));
        Assert.All(sheets, x => Assert.True(x.Name!.Value!.Length <= 31));
        var filters = workbook.Workbook.DefinedNames!.Elements<DefinedName>().Select(d => (d.LocalSheetId!.Value, d.Text)).ToList();
        Assert.Equal(
            [
                (0u, "'Theo xã, phường'!$A$1:$B$3"),
                (1u, "'Bán kính phục vụ bình quân theo'!$A$1:$A$2"),
                (2u, "'Theo xã, phường (2)'!$A$1:$A$1"),
            ],
            filters
        );
        var second = (WorksheetPart)workbook.GetPartById(sheets[1].Id!);
        Assert.Equal("1.337", second.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "A2").CellValue!.Text);
    }

    [Fact]
    public void AWrongCountOfCellsIsRefused_AndAnUnfinishedWriterClosesQuietly()
    {
        using var stream = new MemoryStream();
        var table = new XlsxTableWriter(stream, "Kết quả", Columns);
        Assert.Throws<ArgumentException>(() => table.WriteRow(new object?[] { 1, "x" }));
        table.Dispose();
    }
}

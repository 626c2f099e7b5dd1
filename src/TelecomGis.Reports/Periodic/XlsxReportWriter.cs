using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Reports.Periodic;

/// <summary>
/// Writes the department's report as an Excel workbook laid out as the department's tables are: one sheet per table with the
/// columns TT | Chỉ tiêu | Đơn vị | Kỳ báo cáo | Cùng kỳ năm trước | So sánh %, number formats (thousands, one decimal), total lines
/// in bold, and a "Ghi chú" sheet naming the source of every table. A table without data gets its sheet with the reason only.
/// </summary>
public static class XlsxReportWriter
{
    private const uint Plain = 0,
        Header = 1,
        TextCell = 2,
        TextBold = 3,
        Count = 4,
        CountBold = 5,
        Decimal = 6,
        DecimalBold = 7,
        Title = 8,
        Note = 9,
        Points = 10,
        SourceNote = 11;

    /// <summary>The table's columns A–F, in characters (<see cref="AddSheet"/>'s default widths).</summary>
    private static readonly double[] TableWidths = [7, 62, 14, 16, 18, 20];

    public static byte[] Write(DepartmentReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return stream.ToArray();
    }

    public static void Write(DepartmentReport report, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        AddStyles(workbook);
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        uint id = 0;
        var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in report.Tables)
            AddSheet(workbook, sheets, ++id, SheetName($"{id}. {table.TitleVi}", usedNames), TableRows(report, table, id));
        AddSheet(workbook, sheets, ++id, "Ghi chú", NotesRows(report), widths: [6, 48, 110]);
        workbook.Workbook.Save();
    }

    private static IEnumerable<Row> TableRows(DepartmentReport report, ReportTable table, uint number)
    {
        var r = 1u;
        yield return Row(r++, Str("A", $"Biểu {number}. {table.TitleVi}", Title));
        yield return Row(
            r++,
            Str(
                "A",
                report.Provisional
                    ? $"Kỳ báo cáo: {report.Period.Vietnamese} (chưa kết thúc; số liệu tạm tính đến ngày {report.AsOf:dd/MM/yyyy}); cùng kỳ năm trước: {report.Period.YearEarlier.Vietnamese} (cả kỳ)"
                    : $"Kỳ báo cáo: {report.Period.Vietnamese} (đến ngày {report.AsOf:dd/MM/yyyy}); cùng kỳ năm trước: {report.Period.YearEarlier.Vietnamese}",
                Note
            )
        );
        r++;
        yield return Row(
            r++,
            Str("A", "TT", Header),
            Str("B", "Chỉ tiêu", Header),
            Str("C", "Đơn vị", Header),
            Str("D", "Kỳ báo cáo", Header),
            Str("E", "Cùng kỳ năm trước", Header),
            Str("F", "So sánh %", Header)
        );
        if (!table.HasData)
        {
            yield return Row(r, Str("A", "", TextCell), Str("B", table.NoDataVi!, TextCell));
            yield break;
        }
        foreach (var line in table.Lines)
        {
            var bold = line.IsTotal;
            var numberStyle = line.Format == FigureFormat.Count ? (bold ? CountBold : Count) : (bold ? DecimalBold : Decimal);
            var cells = new List<Cell>
            {
                Str("A", line.Number, bold ? TextBold : TextCell),
                Str("B", line.LabelVi, bold ? TextBold : TextCell),
                Str("C", line.UnitVi, bold ? TextBold : TextCell),
                Num($"D{r}", line.Current, numberStyle),
                Num($"E{r}", line.YearEarlier, numberStyle),
                line.Format == FigureFormat.Percent
                    ? Num($"F{r}", line.ChangePoints, Points)
                    : Num($"F{r}", line.ComparisonPercent, Decimal),
            };
            cells[0].CellReference = $"A{r}";
            cells[1].CellReference = $"B{r}";
            cells[2].CellReference = $"C{r}";
            yield return new Row(cells) { RowIndex = r++ };
        }
        r++;
        yield return SourceRow(r, $"Nguồn: {table.SourceVi}");
    }

    /// <summary>
    /// The table's source under it, merged across the table's width and wrapped (<see cref="SourceNote"/>), its height set for
    /// its lines: left to run on to the right, a long source widened the printed page, and a sheet fitted to one page wide printed
    /// the table too small to read.
    /// </summary>
    private static Row SourceRow(uint index, string text)
    {
        // About 1.2 characters of the 9-point italic note to a column width unit; a line is 12 points high.
        var lines = Math.Max(1, (int)Math.Ceiling(text.Length / (TableWidths.Sum() * 1.2)));
        return new Row(Str("A", text, SourceNote))
        {
            RowIndex = index,
            Height = lines * 12.5 + 2,
            CustomHeight = true,
        };
    }

    private static IEnumerable<Row> NotesRows(DepartmentReport report)
    {
        var r = 1u;
        yield return Row(r++, Str("A", $"Ghi chú về nguồn số liệu – báo cáo {report.Period.Vietnamese}, {report.Department}", Title));
        r++;
        yield return Row(r++, Str("A", "TT", Header), Str("B", "Biểu", Header), Str("C", "Nguồn số liệu", Header));
        var n = 0;
        foreach (var table in report.Tables)
        {
            n++;
            yield return Row(
                r++,
                Str("A", n.ToString(CultureInfo.InvariantCulture), TextCell),
                Str("B", table.TitleVi, TextCell),
                Str("C", table.HasData ? table.SourceVi : table.NoDataVi!, TextCell)
            );
        }
        r++;
        foreach (var note in ReportNotes.Vietnamese)
            yield return Row(r++, Str("B", note, Note));
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, IEnumerable<Row> rows, double[]? widths = null)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var merged = new List<string>();
        foreach (var row in rows)
        {
            if (row.Elements<Cell>().Any(c => c.StyleIndex?.Value == SourceNote))
                merged.Add($"A{row.RowIndex!.Value}:F{row.RowIndex!.Value}");
            // Cells made by Str carry a placeholder reference: give them their row.
            foreach (var cell in row.Elements<Cell>())
            {
                if (cell.CellReference?.Value is { Length: 1 } column)
                    cell.CellReference = column + row.RowIndex!.Value.ToString(CultureInfo.InvariantCulture);
            }
            data.Append(row);
        }
        widths ??= TableWidths;
        var columns = new Columns(
            widths.Select(
                (w, i) =>
                    new Column
                    {
                        Min = (uint)(i + 1),
                        Max = (uint)(i + 1),
                        Width = w,
                        CustomWidth = true,
                    }
            )
        );
        part.Worksheet = new Worksheet(
            new SheetViews(
                new SheetView(
                    new Pane
                    {
                        VerticalSplit = 4,
                        TopLeftCell = "A5",
                        ActivePane = PaneValues.BottomLeft,
                        State = PaneStateValues.Frozen,
                    }
                )
                {
                    WorkbookViewId = 0,
                }
            ),
            columns,
            data,
            new PageSetup
            {
                Orientation = OrientationValues.Portrait,
                PaperSize = 9,
                FitToWidth = 1,
                FitToHeight = 0,
            }
        );
        if (merged.Count > 0)
            part.Worksheet.InsertAfter(
                new MergeCells(merged.Select(m => new MergeCell { Reference = m })) { Count = (uint)merged.Count },
                data
            );
        part.Worksheet.InsertBefore(new SheetProperties(new PageSetupProperties { FitToPage = true }), part.Worksheet.FirstChild);
        part.Worksheet.Save();
        sheets.Append(
            new Sheet
            {
                Id = workbook.GetIdOfPart(part),
                SheetId = id,
                Name = name,
            }
        );
    }

    private static Row Row(uint index, params Cell[] cells) => new(cells) { RowIndex = index };

    private static Cell Str(string column, string text, uint style) =>
        new(new InlineString(new Text(text.Normalize(System.Text.NormalizationForm.FormC)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = column,
            DataType = CellValues.InlineString,
            StyleIndex = style,
        };

    private static Cell Num(string reference, double? value, uint style) =>
        value is { } v && double.IsFinite(v)
            ? new Cell(new CellValue(v.ToString("R", CultureInfo.InvariantCulture)))
            {
                CellReference = reference,
                DataType = CellValues.Number,
                StyleIndex = style,
            }
            : new Cell(new InlineString(new Text("–")))
            {
                CellReference = reference,
                DataType = CellValues.InlineString,
                StyleIndex = TextCell,
            };

    /// <summary>Sheet names: at most 31 characters (cut at a word), none of []:*?/\, unique in the workbook.</summary>
    private static string SheetName(string title, HashSet<string> used)
    {
        var clean = new string([.. title.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0)]).Trim();
        var name = Cut(clean, 31);
        for (var i = 2; !used.Add(name); i++)
            name = Cut(clean, 26) + $" ({i})";
        return name;
    }

    private static string Cut(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var space = text.LastIndexOf(' ', max);
        return (space > 0 ? text[..space] : text[..max]).TrimEnd(' ', ',', '–', '-');
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin },
            new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin },
            new BottomBorder { Style = BorderStyleValues.Thin },
            new DiagonalBorder()
        );
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0.0" },
                new NumberingFormat
                {
                    NumberFormatId = 166,
                    FormatCode = "+0.0\" điểm phần trăm\";-0.0\" điểm phần trăm\";0.0\" điểm phần trăm\"",
                }
            )
            {
                Count = 3,
            },
            new Fonts(Font(11, false, false), Font(11, true, false), Font(13, true, false), Font(10, false, true)) { Count = 4 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }) { PatternType = PatternValues.Solid })
            )
            {
                Count = 3,
            },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin)
            {
                Count = 2,
            },
            new CellStyleFormats(
                new CellFormat
                {
                    NumberFormatId = 0,
                    FontId = 0,
                    FillId = 0,
                    BorderId = 0,
                }
            )
            {
                Count = 1,
            },
            new CellFormats(
                Format(0, 0, 0, 0), // Plain
                Format(0, 1, 2, 1, HorizontalAlignmentValues.Center), // Header
                Format(0, 0, 0, 1), // TextCell
                Format(0, 1, 0, 1), // TextBold
                Format(164, 0, 0, 1), // Count
                Format(164, 1, 0, 1), // CountBold
                Format(165, 0, 0, 1), // Decimal
                Format(165, 1, 0, 1), // DecimalBold
                Format(0, 2, 0, 0, wrap: false), // Title
                Format(0, 3, 0, 0, wrap: false), // Note
                Format(166, 0, 0, 1), // Points
                Format(0, 3, 0, 0) // SourceNote: wrapped, merged across the table
            )
            {
                Count = 12,
            }
        );
        styles.Stylesheet.Save();
    }

    private static Font Font(double size, bool bold, bool italic)
    {
        var font = new Font();
        if (bold)
            font.Append(new Bold());
        if (italic)
            font.Append(new Italic());
        font.Append(new FontSize { Val = size });
        font.Append(new FontName { Val = "Times New Roman" });
        return font;
    }

    private static CellFormat Format(
        uint numberFormat,
        uint font,
        uint fill,
        uint border,
        HorizontalAlignmentValues? horizontal = null,
        bool wrap = true
    ) =>
        new(
            new Alignment
            {
                Horizontal = horizontal,
                Vertical = VerticalAlignmentValues.Center,
                WrapText = wrap,
            }
        )
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = fill,
            BorderId = border,
            ApplyNumberFormat = numberFormat != 0,
            ApplyFont = true,
            ApplyFill = fill != 0,
            ApplyBorder = border != 0,
            ApplyAlignment = true,
        };
}

using System.Globalization;
using System.IO.Packaging;
using System.Text;
using System.Xml;

namespace TelecomGis.Reports.Spreadsheets;

/// <summary>How a column's cells are written and shown.</summary>
public enum XlsxCellKind
{
    /// <summary>Text, never a formula, whatever it starts with.</summary>
    Text,

    /// <summary>A whole number ("0").</summary>
    Integer,

    /// <summary>Degrees of longitude or latitude, seven decimals (about a centimetre).</summary>
    Degrees,

    /// <summary>Metres or degrees of bearing, one decimal.</summary>
    OneDecimal,
}

/// <summary>A column of the table: its heading, its width in characters and the kind of its cells.</summary>
public sealed record XlsxColumn(string Title, double Width, XlsxCellKind Kind);

/// <summary>
/// One table written to an Excel workbook as its rows come, streamed into a write-only OPC package (System.IO.Packaging) with an
/// <see cref="XmlWriter"/> per part: a 100,000-row table never sits whole in memory. Not through the OpenXML SDK, which opens its
/// package read-write and so keeps every part in memory to the end (280 MB more for 100,000 rows), and whose writers prefix every
/// element with "x:", which GDAL's XLSX reader (3.6) reads as no rows; the tests hold the result to the SDK's schema validator.
/// The heading row is bold, shaded and frozen, with a filter on every column; numbers
/// are numbers with a format, so Excel shows them with the reader's own decimal separator (a comma in Vietnamese) where a CSV's
/// decimal points would be read as text. Text cells are inline strings, never formulas, so a carrier's "=HYPERLINK(…)" stays
/// text without an apostrophe. <see cref="Finish"/> adds a second sheet of labelled facts (the plan, the counts) and closes
/// the package; a writer disposed unfinished leaves an incomplete file, which the caller deletes.
/// </summary>
public sealed class XlsxTableWriter : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    private const int Plain = 0,
        HeaderStyle = 1,
        TextStyle = 2,
        IntegerStyle = 3,
        DegreesStyle = 4,
        OneDecimalStyle = 5,
        LabelStyle = 6;

    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    private readonly Package _package;
    private readonly PackagePart _sheet;
    private readonly string _sheetName;
    private readonly XmlWriter _xml;
    private readonly IReadOnlyList<XlsxColumn> _columns;
    private readonly string[] _columnLetters;
    private int _row;
    private bool _finished;

    public XlsxTableWriter(Stream output, string sheetName, IReadOnlyList<XlsxColumn> columns)
    {
        _columns = columns;
        _columnLetters = [.. Enumerable.Range(0, columns.Count).Select(ColumnLetter)];
        _sheetName = sheetName;
        // Write-only: each part goes to the file as it is written (read-write, the zip's entries wait in memory for the end).
        _package = Package.Open(output, FileMode.Create, FileAccess.Write);
        WriteStyles(_package);
        _sheet = _package.CreatePart(new Uri("/xl/worksheets/sheet1.xml", UriKind.Relative), SheetType, CompressionOption.Normal);
        _xml = XmlWriter.Create(_sheet.GetStream(FileMode.Create, FileAccess.Write), XmlSettings);
        _xml.WriteStartDocument();
        _xml.WriteStartElement("worksheet", Main);
        _xml.WriteStartElement("sheetViews", Main);
        _xml.WriteStartElement("sheetView", Main);
        _xml.WriteAttributeString("workbookViewId", "0");
        // The heading row stays in view while the rows scroll.
        _xml.WriteStartElement("pane", Main);
        _xml.WriteAttributeString("ySplit", "1");
        _xml.WriteAttributeString("topLeftCell", "A2");
        _xml.WriteAttributeString("activePane", "bottomLeft");
        _xml.WriteAttributeString("state", "frozen");
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        WriteColumns(_xml, columns.Select(c => c.Width));
        _xml.WriteStartElement("sheetData", Main);
        _row = 1;
        _xml.WriteStartElement("row", Main);
        _xml.WriteAttributeString("r", "1");
        for (var i = 0; i < columns.Count; i++)
            WriteText(_xml, _columnLetters[i], _row, columns[i].Title, HeaderStyle);
        _xml.WriteEndElement();
    }

    /// <summary>
    /// One row, a cell per column: a string in a text column, a number (int, long or double) in a number column, null for an empty
    /// cell (so is an empty text). A number that is not finite is left empty.
    /// </summary>
    public void WriteRow(ReadOnlySpan<object?> cells)
    {
        if (cells.Length != _columns.Count)
            throw new ArgumentException($"{cells.Length} cells for {_columns.Count} columns.", nameof(cells));
        _row++;
        _xml.WriteStartElement("row", Main);
        _xml.WriteAttributeString("r", _row.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < cells.Length; i++)
        {
            // An empty text is an empty cell, as Excel's "blank" filter and a reader's count of filled cells expect.
            if (cells[i] is not { } value || value is "")
                continue;
            var kind = _columns[i].Kind;
            if (kind == XlsxCellKind.Text)
                WriteText(_xml, _columnLetters[i], _row, Convert.ToString(value, CultureInfo.InvariantCulture)!, TextStyle);
            else
                WriteNumber(_xml, _columnLetters[i], _row, value, StyleOf(kind));
        }
        _xml.WriteEndElement();
    }

    /// <summary>
    /// Closes the table (a filter over its rows) and adds the sheet <paramref name="notesName"/>: one line per fact, its label in
    /// bold beside its value.
    /// </summary>
    public void Finish(string notesName, IReadOnlyList<(string Label, object? Value)> notes)
    {
        var range = "A1:" + _columnLetters[^1] + _row.ToString(CultureInfo.InvariantCulture);
        _xml.WriteEndElement(); // sheetData
        _xml.WriteStartElement("autoFilter", Main);
        _xml.WriteAttributeString("ref", range);
        _xml.WriteEndElement();
        _xml.WriteEndElement(); // worksheet
        _xml.WriteEndDocument();
        _xml.Dispose();

        var notesPart = _package.CreatePart(new Uri("/xl/worksheets/sheet2.xml", UriKind.Relative), SheetType, CompressionOption.Normal);
        using (var xml = XmlWriter.Create(notesPart.GetStream(FileMode.Create, FileAccess.Write), XmlSettings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("worksheet", Main);
            WriteColumns(xml, [34, 110]);
            xml.WriteStartElement("sheetData", Main);
            var r = 0;
            foreach (var (label, value) in notes)
            {
                r++;
                xml.WriteStartElement("row", Main);
                xml.WriteAttributeString("r", r.ToString(CultureInfo.InvariantCulture));
                WriteText(xml, "A", r, label, LabelStyle);
                if (value is int or long or double)
                    WriteNumber(xml, "B", r, value, IntegerStyle);
                else if (value is not null)
                    WriteText(xml, "B", r, Convert.ToString(value, CultureInfo.InvariantCulture)!, Plain);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        var workbook = _package.CreatePart(
            new Uri("/xl/workbook.xml", UriKind.Relative),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            CompressionOption.Normal
        );
        _package.CreateRelationship(workbook.Uri, TargetMode.Internal, Relationships + "/officeDocument", "rId1");
        workbook.CreateRelationship(
            new Uri("worksheets/sheet1.xml", UriKind.Relative),
            TargetMode.Internal,
            Relationships + "/worksheet",
            "rId1"
        );
        workbook.CreateRelationship(
            new Uri("worksheets/sheet2.xml", UriKind.Relative),
            TargetMode.Internal,
            Relationships + "/worksheet",
            "rId2"
        );
        workbook.CreateRelationship(new Uri("styles.xml", UriKind.Relative), TargetMode.Internal, Relationships + "/styles", "rId3");
        using (var xml = XmlWriter.Create(workbook.GetStream(FileMode.Create, FileAccess.Write), XmlSettings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("workbook", Main);
            xml.WriteAttributeString("xmlns", "r", null, Relationships);
            xml.WriteStartElement("sheets", Main);
            foreach (var (name, number) in new[] { (_sheetName, 1), (notesName, 2) })
            {
                xml.WriteStartElement("sheet", Main);
                xml.WriteAttributeString("name", name);
                xml.WriteAttributeString("sheetId", number.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("id", Relationships, "rId" + number.ToString(CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            // Excel keeps a sheet's filter range under this name, and LibreOffice shows the filter only with it.
            xml.WriteStartElement("definedNames", Main);
            xml.WriteStartElement("definedName", Main);
            xml.WriteAttributeString("name", "_xlnm._FilterDatabase");
            xml.WriteAttributeString("localSheetId", "0");
            xml.WriteAttributeString("hidden", "1");
            xml.WriteString(
                $"'{_sheetName.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${_columnLetters[^1]}${_row.ToString(CultureInfo.InvariantCulture)}"
            );
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        _package.Close();
        _finished = true;
    }

    public void Dispose()
    {
        if (_finished)
            return;
        try
        {
            _xml.Dispose();
            _package.Close();
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or XmlException)
        {
            // An unfinished workbook (no workbook part yet) may not close cleanly; its file is incomplete and the caller deletes it,
            // so the error that stopped the writing is the one to report, not this one.
        }
    }

    private static int StyleOf(XlsxCellKind kind) =>
        kind switch
        {
            XlsxCellKind.Degrees => DegreesStyle,
            XlsxCellKind.OneDecimal => OneDecimalStyle,
            _ => IntegerStyle,
        };

    private static void WriteColumns(XmlWriter xml, IEnumerable<double> widths)
    {
        xml.WriteStartElement("cols", Main);
        var i = 0;
        foreach (var width in widths)
        {
            i++;
            xml.WriteStartElement("col", Main);
            xml.WriteAttributeString("min", i.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("max", i.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("width", width.ToString("R", CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteText(XmlWriter xml, string column, int row, string text, int style)
    {
        xml.WriteStartElement("c", Main);
        xml.WriteAttributeString("r", column + row.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("t", "inlineStr");
        xml.WriteStartElement("is", Main);
        xml.WriteStartElement("t", Main);
        xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(XmlSafe(text));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteNumber(XmlWriter xml, string column, int row, object value, int style)
    {
        double number = value switch
        {
            int i => i,
            long l => l,
            double d => d,
            _ => throw new ArgumentException($"Column {column} holds numbers, not {value.GetType().Name}.", nameof(value)),
        };
        if (!double.IsFinite(number))
            return;
        xml.WriteStartElement("c", Main);
        xml.WriteAttributeString("r", column + row.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("v", Main, number.ToString("R", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    /// <summary>
    /// The text in composed form (NFC, as Excel's fonts expect Vietnamese), without the control characters XML cannot hold: a
    /// carrier's file may carry one, and the workbook must still be written.
    /// </summary>
    private static string XmlSafe(string text)
    {
        // Half a surrogate pair (a JSON "\ud800" escape) is dropped too: XML cannot hold it, and Normalize throws on it.
        StringBuilder? kept = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (!pair && (char.IsSurrogate(c) || !XmlConvert.IsXmlChar(c)))
            {
                kept ??= new StringBuilder(text.Length).Append(text, 0, i);
                continue;
            }
            kept?.Append(c);
            if (pair)
            {
                kept?.Append(text[i + 1]);
                i++;
            }
        }
        return (kept?.ToString() ?? text).Normalize(NormalizationForm.FormC);
    }

    /// <summary>A, B, …, Z, AA, AB, … for the 0-based column.</summary>
    private static string ColumnLetter(int column)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    /// <summary>
    /// The cell formats the styles' indexes above name: Times New Roman 11 as the department's documents are set, the heading bold
    /// on a light blue fill with thin borders, degrees with seven decimals, distances with one.
    /// </summary>
    private static void WriteStyles(Package package)
    {
        var part = package.CreatePart(
            new Uri("/xl/styles.xml", UriKind.Relative),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
            CompressionOption.Normal
        );
        using var xml = XmlWriter.Create(part.GetStream(FileMode.Create, FileAccess.Write), XmlSettings);
        xml.WriteStartDocument();
        xml.WriteStartElement("styleSheet", Main);
        xml.WriteStartElement("numFmts", Main);
        xml.WriteAttributeString("count", "2");
        foreach (var (id, code) in new[] { ("164", "0.0000000"), ("165", "0.0") })
        {
            xml.WriteStartElement("numFmt", Main);
            xml.WriteAttributeString("numFmtId", id);
            xml.WriteAttributeString("formatCode", code);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("fonts", Main);
        xml.WriteAttributeString("count", "2");
        foreach (var bold in new[] { false, true })
        {
            xml.WriteStartElement("font", Main);
            if (bold)
                xml.WriteElementString("b", Main, null);
            Empty(xml, "sz", ("val", "11"));
            Empty(xml, "name", ("val", "Times New Roman"));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("fills", Main);
        xml.WriteAttributeString("count", "3");
        foreach (var pattern in new[] { "none", "gray125" })
        {
            xml.WriteStartElement("fill", Main);
            Empty(xml, "patternFill", ("patternType", pattern));
            xml.WriteEndElement();
        }
        xml.WriteStartElement("fill", Main);
        xml.WriteStartElement("patternFill", Main);
        xml.WriteAttributeString("patternType", "solid");
        Empty(xml, "fgColor", ("rgb", "FFD9E1F2"));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("borders", Main);
        xml.WriteAttributeString("count", "2");
        foreach (var style in new[] { (string?)null, "thin" })
        {
            xml.WriteStartElement("border", Main);
            foreach (var side in new[] { "left", "right", "top", "bottom" })
                Empty(xml, side, style is null ? [] : [("style", style)]);
            Empty(xml, "diagonal");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("cellStyleXfs", Main);
        xml.WriteAttributeString("count", "1");
        Empty(xml, "xf", ("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0"));
        xml.WriteEndElement();
        // In the order of the style constants: Plain, HeaderStyle, TextStyle, IntegerStyle ("0", built in), DegreesStyle,
        // OneDecimalStyle, LabelStyle.
        (int NumberFormat, int Font, int Fill, int Border, bool Wrap)[] formats =
        [
            (0, 0, 0, 0, false),
            (0, 1, 2, 1, true),
            (0, 0, 0, 0, false),
            (1, 0, 0, 0, false),
            (164, 0, 0, 0, false),
            (165, 0, 0, 0, false),
            (0, 1, 0, 0, false),
        ];
        xml.WriteStartElement("cellXfs", Main);
        xml.WriteAttributeString("count", formats.Length.ToString(CultureInfo.InvariantCulture));
        foreach (var f in formats)
        {
            xml.WriteStartElement("xf", Main);
            xml.WriteAttributeString("numFmtId", f.NumberFormat.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("fontId", f.Font.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("fillId", f.Fill.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("borderId", f.Border.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("xfId", "0");
            if (f.NumberFormat != 0)
                xml.WriteAttributeString("applyNumberFormat", "1");
            xml.WriteAttributeString("applyFont", "1");
            if (f.Fill != 0)
                xml.WriteAttributeString("applyFill", "1");
            if (f.Border != 0)
                xml.WriteAttributeString("applyBorder", "1");
            xml.WriteAttributeString("applyAlignment", "1");
            Empty(xml, "alignment", f.Wrap ? [("vertical", "top"), ("wrapText", "1")] : [("vertical", "top")]);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Empty(XmlWriter xml, string name, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name, Main);
        foreach (var (n, v) in attributes)
            xml.WriteAttributeString(n, v);
        xml.WriteEndElement();
    }
}

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

    /// <summary>Any other figure, shown as Excel's "General" shows it.</summary>
    Number,
}

/// <summary>A column of the table: its heading, its width in characters and the kind of its cells.</summary>
public sealed record XlsxColumn(string Title, double Width, XlsxCellKind Kind);

/// <summary>
/// Tables written to an Excel workbook as their rows come, one sheet each, streamed into a write-only OPC package (System.IO.Packaging) with an
/// <see cref="XmlWriter"/> per part: a 100,000-row table never sits whole in memory. Not through the OpenXML SDK, which opens its
/// package read-write and so keeps every part in memory to the end (280 MB more for 100,000 rows), and whose writers prefix every
/// element with "x:", which GDAL's XLSX reader (3.6) reads as no rows; the tests hold the result to the SDK's schema validator.
/// The heading row is bold, shaded and frozen, with a filter on every column; numbers
/// are numbers with a format, so Excel shows them with the reader's own decimal separator (a comma in Vietnamese) where a CSV's
/// decimal points would be read as text. Text cells are inline strings, never formulas, so a carrier's "=HYPERLINK(…)" stays
/// text without an apostrophe. <see cref="Finish(string?, IReadOnlyList{ValueTuple{string, object}})"/> may add a sheet of labelled facts (the plan, the counts) and closes
/// the package; a writer disposed unfinished leaves an incomplete file, which the caller deletes.
/// </summary>
public sealed class XlsxTableWriter : IDisposable
{
    /// <summary>The media type of an Excel workbook (.xlsx), for the API's answers.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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

    /// <summary>The sheets written so far, in order: name, and the filter range of a table (null for a sheet of facts).</summary>
    private readonly List<(string Name, string? Filter)> _sheets = [];
    private XmlWriter? _xml;
    private IReadOnlyList<XlsxColumn> _columns = [];
    private string[] _columnLetters = [];
    private int _row;
    private bool _finished;

    /// <summary>A workbook whose first sheet is the table <paramref name="sheetName"/>; <see cref="NextTable"/> adds more.</summary>
    public XlsxTableWriter(Stream output, string sheetName, IReadOnlyList<XlsxColumn> columns)
    {
        // Write-only: each part goes to the file as it is written (read-write, the zip's entries wait in memory for the end).
        _package = Package.Open(output, FileMode.Create, FileAccess.Write);
        WriteStyles(_package);
        StartTable(sheetName, columns);
    }

    /// <summary>Closes the table being written and starts another on a sheet of its own.</summary>
    public void NextTable(string sheetName, IReadOnlyList<XlsxColumn> columns)
    {
        EndTable();
        StartTable(sheetName, columns);
    }

    private void StartTable(string sheetName, IReadOnlyList<XlsxColumn> columns)
    {
        if (columns.Count == 0)
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        _columns = columns;
        _columnLetters = [.. Enumerable.Range(0, columns.Count).Select(ColumnLetter)];
        _xml = NewSheet(sheetName, filter: "");
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
    /// One row of the table being written, a cell per column: a string in a text column, a number (int, long or double) in a
    /// number column, null for an empty cell (so is an empty text). A number that is not finite is left empty.
    /// </summary>
    public void WriteRow(ReadOnlySpan<object?> cells)
    {
        var xml = _xml ?? throw new InvalidOperationException("No table is being written.");
        if (cells.Length != _columns.Count)
            throw new ArgumentException($"{cells.Length} cells for {_columns.Count} columns.", nameof(cells));
        _row++;
        xml.WriteStartElement("row", Main);
        xml.WriteAttributeString("r", _row.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < cells.Length; i++)
        {
            // An empty text is an empty cell, as Excel's "blank" filter and a reader's count of filled cells expect.
            if (cells[i] is not { } value || value is "")
                continue;
            var kind = _columns[i].Kind;
            if (kind == XlsxCellKind.Text)
                WriteText(xml, _columnLetters[i], _row, Convert.ToString(value, CultureInfo.InvariantCulture)!, TextStyle);
            else
                WriteNumber(xml, _columnLetters[i], _row, value, StyleOf(kind));
        }
        xml.WriteEndElement();
    }

    /// <summary>Closes the table (a filter over its rows) and the package; no sheet of facts.</summary>
    public void Finish() => Finish(null, []);

    /// <summary>
    /// Closes the table (a filter over its rows), adds the sheet <paramref name="notesName"/> (one line per fact, its label in bold
    /// beside its value) unless it is null, and closes the package.
    /// </summary>
    public void Finish(string? notesName, IReadOnlyList<(string Label, object? Value)> notes)
    {
        EndTable();
        if (notesName is not null)
        {
            using var xml = NewSheet(notesName, filter: null);
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
        WriteWorkbook();
        _package.Close();
        _finished = true;
    }

    /// <summary>A new worksheet part, its XML started; <paramref name="filter"/> is filled in when a table ends.</summary>
    private XmlWriter NewSheet(string name, string? filter)
    {
        var used = _sheets.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var safe = SheetName(name, used);
        _sheets.Add((safe, filter));
        var part = _package.CreatePart(
            new Uri($"/xl/worksheets/sheet{_sheets.Count.ToString(CultureInfo.InvariantCulture)}.xml", UriKind.Relative),
            SheetType,
            CompressionOption.Normal
        );
        var xml = XmlWriter.Create(part.GetStream(FileMode.Create, FileAccess.Write), XmlSettings);
        xml.WriteStartDocument();
        xml.WriteStartElement("worksheet", Main);
        return xml;
    }

    private void EndTable()
    {
        var xml = _xml ?? throw new InvalidOperationException("No table is being written.");
        var range = "A1:" + _columnLetters[^1] + _row.ToString(CultureInfo.InvariantCulture);
        xml.WriteEndElement(); // sheetData
        xml.WriteStartElement("autoFilter", Main);
        xml.WriteAttributeString("ref", range);
        xml.WriteEndElement();
        xml.WriteEndElement(); // worksheet
        xml.WriteEndDocument();
        xml.Dispose();
        _xml = null;
        _sheets[^1] = (_sheets[^1].Name, AbsoluteRange(_columnLetters[^1], _row));
    }

    private static string AbsoluteRange(string lastColumn, int lastRow) =>
        $"$A$1:${lastColumn}${lastRow.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The workbook part: its sheets in order, and each table's filter range under the name Excel keeps it by.</summary>
    private void WriteWorkbook()
    {
        var workbook = _package.CreatePart(
            new Uri("/xl/workbook.xml", UriKind.Relative),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            CompressionOption.Normal
        );
        _package.CreateRelationship(workbook.Uri, TargetMode.Internal, Relationships + "/officeDocument", "rId1");
        for (var i = 1; i <= _sheets.Count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            workbook.CreateRelationship(
                new Uri($"worksheets/sheet{n}.xml", UriKind.Relative),
                TargetMode.Internal,
                Relationships + "/worksheet",
                "rId" + n
            );
        }
        workbook.CreateRelationship(new Uri("styles.xml", UriKind.Relative), TargetMode.Internal, Relationships + "/styles", "rIdStyles");
        using var xml = XmlWriter.Create(workbook.GetStream(FileMode.Create, FileAccess.Write), XmlSettings);
        xml.WriteStartDocument();
        xml.WriteStartElement("workbook", Main);
        xml.WriteAttributeString("xmlns", "r", null, Relationships);
        xml.WriteStartElement("sheets", Main);
        for (var i = 0; i < _sheets.Count; i++)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("sheet", Main);
            xml.WriteAttributeString("name", _sheets[i].Name);
            xml.WriteAttributeString("sheetId", n);
            xml.WriteAttributeString("id", Relationships, "rId" + n);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        // Excel keeps a sheet's filter range under this name, and LibreOffice shows the filter only with it.
        xml.WriteStartElement("definedNames", Main);
        for (var i = 0; i < _sheets.Count; i++)
        {
            if (_sheets[i].Filter is not { } filter)
                continue;
            xml.WriteStartElement("definedName", Main);
            xml.WriteAttributeString("name", "_xlnm._FilterDatabase");
            xml.WriteAttributeString("localSheetId", i.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("hidden", "1");
            xml.WriteString($"'{_sheets[i].Name.Replace("'", "''", StringComparison.Ordinal)}'!{filter}");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Excel's rules for a sheet's name: at most 31 characters, none of []:*?/\, unique in the workbook.</summary>
    private static string SheetName(string name, HashSet<string> used)
    {
        var clean = new string([.. name.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0)]).Trim();
        if (clean.Length == 0)
            clean = "Sheet";
        var candidate = clean.Length <= 31 ? clean : clean[..31].TrimEnd();
        for (var i = 2; used.Contains(candidate); i++)
        {
            var suffix = $" ({i.ToString(CultureInfo.InvariantCulture)})";
            candidate = (clean.Length + suffix.Length <= 31 ? clean : clean[..(31 - suffix.Length)].TrimEnd()) + suffix;
        }
        return candidate;
    }

    public void Dispose()
    {
        if (_finished)
            return;
        try
        {
            _xml?.Dispose();
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
            XlsxCellKind.Number => Plain,
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

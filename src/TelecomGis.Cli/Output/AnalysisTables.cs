using TelecomGis.Reports.Spreadsheets;

namespace TelecomGis.Cli.Output;

/// <summary>
/// The tables an analysis command writes into its folder (postal, fiber, resilience, coverage's communes): each as a CSV (<see cref="CsvTable"/>, for
/// programs), and all of them in one Excel workbook, a sheet each, for the person who opens them: a Vietnamese Excel reads a CSV's
/// decimal points as text (and, with its list separator, every line as one cell); a workbook's numbers are numbers.
/// </summary>
internal sealed class AnalysisTables(string folder, string workbookName)
{
    private readonly List<(string Sheet, IReadOnlyList<(string Vi, string En)> Header, List<IReadOnlyList<object?>> Rows)> _tables = [];

    /// <summary>Writes the CSV now, and keeps the rows for the workbook's sheet <paramref name="sheet"/> (in the tool's language).</summary>
    public void Add(
        string csvName,
        (string Vi, string En) sheet,
        IReadOnlyList<(string Vi, string En)> header,
        IEnumerable<IReadOnlyList<object?>> rows
    )
    {
        var list = rows.ToList();
        CsvTable.Write(Path.Combine(folder, csvName), header, list);
        _tables.Add((CliText.T(sheet.Vi, sheet.En), header, list));
    }

    /// <summary>A sheet only, for a table whose CSV another writer makes (coverage's communes, formatted as the API serves it).</summary>
    public void AddSheet(
        (string Vi, string En) sheet,
        IReadOnlyList<(string Vi, string En)> header,
        IEnumerable<IReadOnlyList<object?>> rows
    ) => _tables.Add((CliText.T(sheet.Vi, sheet.En), header, rows.ToList()));

    /// <summary>The workbook, written aside and moved into place; its name.</summary>
    public string WriteWorkbook()
    {
        AtomicFile.Write(Path.Combine(folder, workbookName), stream =>
        {
            XlsxTableWriter? writer = null;
            try
            {
                foreach (var (sheet, header, rows) in _tables)
                {
                    var columns = Columns(header, rows);
                    if (writer is null)
                        writer = new XlsxTableWriter(stream, sheet, columns);
                    else
                        writer.NextTable(sheet, columns);
                    foreach (var row in rows)
                        writer.WriteRow([.. row.Select(Cell)]);
                }
                writer?.Finish();
            }
            finally
            {
                writer?.Dispose();
            }
        });
        return workbookName;
    }

    /// <summary>
    /// A column is a number column when every value in it is a number (whole numbers only: "0"), text otherwise; as wide as its
    /// longest heading or value, within reason.
    /// </summary>
    private static XlsxColumn[] Columns(IReadOnlyList<(string Vi, string En)> header, List<IReadOnlyList<object?>> rows) =>
        [
            .. header.Select(
                (h, i) =>
                {
                    var values = rows.Select(r => r[i]).Where(v => v is not null).ToList();
                    var kind =
                        values.Count > 0 && values.All(v => v is int or long) ? XlsxCellKind.Integer
                        : values.Count > 0 && values.All(v => v is int or long or double) ? XlsxCellKind.Number
                        : XlsxCellKind.Text;
                    var title = CliText.T(h.Vi, h.En);
                    var longest = values
                        .Select(v => Convert.ToString(Cell(v), System.Globalization.CultureInfo.InvariantCulture)?.Length ?? 0)
                        .DefaultIfEmpty(0)
                        .Max();
                    return new XlsxColumn(title, Math.Clamp(Math.Max(title.Length, longest) + 2, 8, 60), kind);
                }
            ),
        ];

    /// <summary>A value as its cell holds it: numbers as numbers (an unbounded figure left empty), yes/no in words, the rest as text.</summary>
    private static object? Cell(object? value) =>
        value switch
        {
            null => null,
            int or long => value,
            double d => double.IsFinite(d) ? d : null,
            bool b => b ? CliText.T("có", "yes") : CliText.T("không", "no"),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
}

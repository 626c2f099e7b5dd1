using System.Collections;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Storage.Submissions;

/// <summary>
/// The rows of a plain CSV (<see cref="PlainCsv"/>), each validated when it is read and not kept: the CLI appraises a batch of a
/// hundred thousand rows wave by wave, so a row lives only while its wave is appraised and written. Kept, every row (its strings,
/// its site) outlived the young generation and was copied by the collector from generation to generation while the whole batch
/// was appraised; read here, it dies young (issue 14, item 5). Reading a row twice validates it twice, with the same result.
/// </summary>
internal sealed class PlainCsvRows : IReadOnlyList<SubmissionRow>
{
    private readonly Dictionary<string, int> _columns;
    private readonly string? _carrier;
    private readonly PlainCsv.Lines _lines;
    private readonly Core.Geodesy.Vn2000Transformation _transformation;

    /// <summary>One cell reader per thread, pointed at each line in turn: a reader made for every row cost two objects a row.</summary>
    [ThreadStatic]
    private static Cells? t_cells;

    public PlainCsvRows(
        Dictionary<string, int> columns,
        string? carrier,
        PlainCsv.Lines lines,
        Core.Geodesy.Vn2000Transformation transformation
    )
    {
        _columns = columns;
        _carrier = carrier;
        _lines = lines;
        _transformation = transformation;
    }

    public int Count => _lines.Count;

    public SubmissionRow this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var cells = t_cells is { } c && c.Rows == this ? c : t_cells = new Cells(this);
            _lines.Read(index, cells.Line);
            return BatchRows.Parse(cells.Line.Number, cells.Field, _transformation);
        }
    }

    public IEnumerator<SubmissionRow> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A line's cells by canonical column name, trimmed; null when blank (the parser reads them before it returns).</summary>
    private sealed class Cells
    {
        public Cells(PlainCsvRows rows)
        {
            Rows = rows;
            Field = name =>
                (rows._columns.TryGetValue(name, out var c) ? Line.Field(c) : null) ?? (name == "carrier" ? rows._carrier : null);
        }

        public PlainCsvRows Rows { get; }

        public PlainCsv.Line Line { get; } = new();

        public Func<string, string?> Field { get; }
    }
}

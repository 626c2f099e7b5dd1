using System.Buffers;

namespace TelecomGis.Storage.Submissions;

/// <summary>
/// The fast way through a batch CSV in its plain form: comma-separated, none of the other delimiters CsvHelper would detect
/// (<c>; | tab</c>) anywhere, no blank or all-space line, no lone carriage return, no field over
/// <see cref="SubmissionFile.MaxCellChars"/>, and quotes only around a whole field on one line (<c>"107°54'04.0""E"</c>, a
/// doubled quote standing for one). Such a text splits on commas and line ends exactly as CsvHelper splits it (trimming aside,
/// which <see cref="SubmissionCsvReader"/> does after either), so a row reads the same either way; any other text is left to
/// CsvHelper (<see cref="TrySplit"/> returns null). The whole text is checked before any row is read, but a line keeps only where
/// it starts and ends: its fields are found again when the row is read (<see cref="Lines.Read"/>), so a batch of a hundred
/// thousand lines holds no object per line while it is appraised, and only the fields the row parser asks for become strings.
/// </summary>
internal static class PlainCsv
{
    /// <summary>The data lines that are not blank: where each starts and ends in the text, and its number under the header.</summary>
    public sealed class Lines(string text, int[] spans)
    {
        public int Count => spans.Length / 3;

        /// <summary>Points <paramref name="line"/> at data line <paramref name="index"/>, its fields found again.</summary>
        public void Read(int index, Line line)
        {
            line.Text = text;
            line.Number = spans[3 * index + 2];
            line.Bounds.Clear();
            Split(text, spans[3 * index], spans[3 * index + 1], line.Bounds);
        }
    }

    /// <summary>
    /// A data line and where each of its fields starts and ends (<c>Bounds[2i]</c>, <c>Bounds[2i + 1]</c>); one object is pointed
    /// at line after line.
    /// </summary>
    public sealed class Line
    {
        public string Text { get; set; } = "";

        public int Number { get; set; }

        public List<int> Bounds { get; } = new(32);

        public int FieldCount => Bounds.Count / 2;

        /// <summary>The field trimmed of white space; null when it is missing or blank.</summary>
        public string? Field(int index)
        {
            if (index >= FieldCount)
                return null;
            var span = Text.AsSpan(Bounds[2 * index], Bounds[2 * index + 1] - Bounds[2 * index]);
            // A quoted field's bounds are inside its quotes; a quote within it is doubled.
            var text = span.Contains('"') ? span.ToString().Replace("\"\"", "\"", StringComparison.Ordinal).AsSpan() : span;
            text = text.Trim();
            return text.IsEmpty ? null : text.ToString();
        }

        public bool IsBlank
        {
            get
            {
                for (var i = 0; i < FieldCount; i++)
                {
                    if (!Text.AsSpan(Bounds[2 * i], Bounds[2 * i + 1] - Bounds[2 * i]).IsWhiteSpace())
                        return false;
                }
                return true;
            }
        }
    }

    private static readonly SearchValues<char> NeedsCsvHelper = SearchValues.Create(";|\t");

    /// <summary>The header's fields and the data lines that are not blank; null when the text needs CsvHelper.</summary>
    public static (string[] Header, Lines Lines)? TrySplit(string text)
    {
        if (text.AsSpan().ContainsAny(NeedsCsvHelper))
            return null;
        string[]? header = null;
        var spans = new List<int>();
        var line = new Line { Text = text };
        var number = 0;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            if (end < 0)
                end = text.Length;
            if (end > start && text[end - 1] == '\r')
                end--;
            var span = text.AsSpan(start, end - start);
            if (span.IsWhiteSpace() || span.Contains('\r'))
                return null;
            line.Bounds.Clear();
            if (!Split(text, start, end, line.Bounds))
                return null;
            var bounds = line.Bounds;
            if (header is null)
            {
                header = new string[bounds.Count / 2];
                for (var f = 0; f < header.Length; f++)
                {
                    var cell = text.AsSpan(bounds[2 * f], bounds[2 * f + 1] - bounds[2 * f]);
                    // CsvHelper trims spaces around a header; anything else at its ends, or a quoted header, is its business.
                    if (cell.Contains('"') || (cell.Length > 0 && (char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1]))))
                        return null;
                    if (bounds[2 * f] > start && text[bounds[2 * f] - 1] == '"')
                        return null;
                    header[f] = cell.ToString();
                }
            }
            else
            {
                number++;
                if (!line.IsBlank)
                {
                    spans.Add(start);
                    spans.Add(end);
                    spans.Add(number);
                }
            }
            start = next;
        }
        return header is null ? null : (header, new Lines(text, [.. spans]));
    }

    /// <summary>
    /// Adds the bounds of the fields of the line from <paramref name="start"/> to <paramref name="end"/>; false when the line needs
    /// CsvHelper (a quote that does not enclose a whole field, a field over the limit).
    /// </summary>
    private static bool Split(string text, int start, int end, List<int> bounds)
    {
        var from = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] == '"')
            {
                // Only a quote that opens the field, closed by a quote right before a comma or the line's end.
                if (i != from || Quoted(text, i, end) is not { } close || close - from + 1 > SubmissionFile.MaxCellChars)
                    return false;
                bounds.Add(from + 1);
                bounds.Add(close);
                i = close + 1;
                from = i + 1;
                continue;
            }
            if (i == end || text[i] == ',')
            {
                if (i - from > SubmissionFile.MaxCellChars)
                    return false;
                bounds.Add(from);
                bounds.Add(i);
                from = i + 1;
            }
        }
        return true;
    }

    /// <summary>
    /// The closing quote of the field opened at <paramref name="open"/>: the first quote not doubled, which must stand right before
    /// a comma or the line's end; null when there is none or anything else follows it.
    /// </summary>
    private static int? Quoted(string text, int open, int end)
    {
        for (var i = open + 1; i < end; i++)
        {
            if (text[i] != '"')
                continue;
            if (i + 1 < end && text[i + 1] == '"')
            {
                i++;
                continue;
            }
            return i + 1 == end || text[i + 1] == ',' ? i : null;
        }
        return null;
    }
}

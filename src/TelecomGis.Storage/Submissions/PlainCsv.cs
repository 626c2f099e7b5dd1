using System.Buffers;

namespace TelecomGis.Storage.Submissions;

/// <summary>
/// The fast way through a batch CSV that needs none of CSV's escapes: comma-separated, no quote anywhere, none of the other
/// delimiters CsvHelper would detect (<c>; | tab</c>), no blank or all-space line, no lone carriage return, no field over
/// <see cref="SubmissionFile.MaxCellChars"/>. Such a text splits on commas and line ends exactly as CsvHelper splits it (trimming
/// aside, which <see cref="SubmissionCsvReader"/> does after either), so a row reads the same either way; any other text is left to
/// CsvHelper (<see cref="TrySplit"/> returns null). A row keeps its line and the bounds of its fields: only the fields the row
/// parser asks for become strings, and a blank one never does.
/// </summary>
internal static class PlainCsv
{
    /// <summary>A data line and where each of its fields starts and ends (<c>Bounds[2i]</c>, <c>Bounds[2i + 1]</c>).</summary>
    public sealed record Line(int Number, string Text, int[] Bounds)
    {
        public int FieldCount => Bounds.Length / 2;

        /// <summary>The field trimmed of white space; null when it is missing or blank.</summary>
        public string? Field(int index)
        {
            if (index >= FieldCount)
                return null;
            var span = Text.AsSpan(Bounds[2 * index], Bounds[2 * index + 1] - Bounds[2 * index]).Trim();
            return span.IsEmpty ? null : span.ToString();
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

    private static readonly SearchValues<char> NeedsCsvHelper = SearchValues.Create("\";|\t");

    /// <summary>The header's fields and the data lines; null when the text needs CsvHelper.</summary>
    public static (string[] Header, List<Line> Lines)? TrySplit(string text)
    {
        if (text.AsSpan().ContainsAny(NeedsCsvHelper))
            return null;
        string[]? header = null;
        var lines = new List<Line>();
        var bounds = new List<int>(32);
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            if (end < 0)
                end = text.Length;
            if (end > start && text[end - 1] == '\r')
                end--;
            var line = text.AsSpan(start, end - start);
            if (line.IsWhiteSpace() || line.Contains('\r'))
                return null;
            bounds.Clear();
            var from = start;
            for (var i = start; i <= end; i++)
            {
                if (i == end || text[i] == ',')
                {
                    if (i - from > SubmissionFile.MaxCellChars)
                        return null;
                    bounds.Add(from);
                    bounds.Add(i);
                    from = i + 1;
                }
            }
            if (header is null)
            {
                header = new string[bounds.Count / 2];
                for (var f = 0; f < header.Length; f++)
                {
                    var cell = text.AsSpan(bounds[2 * f], bounds[2 * f + 1] - bounds[2 * f]);
                    // CsvHelper trims spaces around a header; anything else at its ends is its business.
                    if (cell.Length > 0 && (char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1])))
                        return null;
                    header[f] = cell.ToString();
                }
            }
            else
            {
                lines.Add(new Line(lines.Count + 1, text, [.. bounds]));
            }
            start = next;
        }
        return header is null ? null : (header, lines);
    }
}

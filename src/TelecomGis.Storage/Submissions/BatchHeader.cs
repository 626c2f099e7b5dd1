using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Storage.Submissions;

/// <summary>
/// A batch file's header row read through <see cref="SubmissionColumns"/>: each header that names a column (in English or
/// Vietnamese, with or without diacritics) maps to the column's canonical name; a header no column has is ignored. The first
/// header naming a column wins, so "Mã trạm" beside "site_code" reads the one further left.
/// </summary>
internal static class BatchHeader
{
    /// <summary>Canonical name → position in the row.</summary>
    /// <param name="headers">The header row's cells, left to right.</param>
    /// <param name="carrierDefaulted">The uploading carrier fills rows without one, so the file need not hold the column.</param>
    public static Dictionary<string, int> Read(IReadOnlyList<string?> headers, bool carrierDefaulted)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            if (SubmissionColumns.Canonical(headers[i]) is { } name)
                columns.TryAdd(name, i);
        }
        var missing = SubmissionRowParser.MissingColumns(carrierDefaulted ? columns.Keys.Append("carrier") : columns.Keys);
        if (missing.Count > 0)
            throw SubmissionFileException.MissingColumns(missing);
        return columns;
    }
}

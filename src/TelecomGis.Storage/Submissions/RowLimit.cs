namespace TelecomGis.Storage.Submissions;

/// <summary>
/// Counts a batch file's rows as its reader meets them and refuses the file at the first row past the limit, so a file of a million
/// rows costs the reading of <c>maxRows + 1</c> of them, not of the million. Blank rows (skipped, but a sheet's gap of row numbers
/// yields one each) are counted apart, against the same limit, so a carrier's few blank lines never count as sites.
/// </summary>
internal sealed class RowLimit(int maxRows)
{
    private int rows,
        blankRows;

    /// <summary>A row that holds a site (or a rejection).</summary>
    public void Row()
    {
        if (++rows > maxRows)
            throw SubmissionFileException.TooManyRows(maxRows);
    }

    /// <summary>A row with nothing in it.</summary>
    public void BlankRow()
    {
        if (++blankRows > maxRows)
            throw SubmissionFileException.TooManyBlankRows(maxRows);
    }

    /// <summary>Refuses a cell's text longer than <see cref="SubmissionFile.MaxCellChars"/>; the text otherwise.</summary>
    public static string? Cell(string? text) =>
        text is { Length: > SubmissionFile.MaxCellChars } ? throw SubmissionFileException.CellTooLong(SubmissionFile.MaxCellChars) : text;
}

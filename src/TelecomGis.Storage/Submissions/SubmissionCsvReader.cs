using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Storage.Submissions;

/// <summary>
/// Reads a carrier's CSV of proposed sites (columns in data/README.md) into validated rows. Headers are read through
/// <see cref="SubmissionColumns"/> (English or Vietnamese, any case, any order; others ignored); a row that cannot be read becomes a
/// rejection naming the row and column, never an exception.
/// </summary>
public static class SubmissionCsvReader
{
    /// <param name="text">The CSV text.</param>
    /// <param name="maxRows">More rows than this (or more blank ones) refuse the file, at the first row past it.</param>
    /// <param name="carrier">The carrier of rows without a carrier column or cell (the uploading carrier); null: the column is required.</param>
    /// <param name="transformation">The plan's VN-2000 → WGS 84 transformation, for rows given as X/Y.</param>
    public static IReadOnlyList<SubmissionRow> Read(
        TextReader text,
        int maxRows = int.MaxValue,
        string? carrier = null,
        Core.Geodesy.Vn2000Transformation transformation = Core.Geodesy.Vn2000Transformation.National6960
    ) => Read(text, maxRows, carrier, () => transformation);

    /// <summary>
    /// As above, with the transformation asked for only once the lines are split, just before the rows are validated: the CLI
    /// splits the file while the plan, which names the transformation, is still loading.
    /// </summary>
    public static IReadOnlyList<SubmissionRow> Read(
        TextReader text,
        int maxRows,
        string? carrier,
        Func<Core.Geodesy.Vn2000Transformation> transformation
    )
    {
        // Without a row limit (the CLI, whose batches run to a hundred thousand rows and more) the whole text is read at once and,
        // when it needs no CSV escapes, split without CsvHelper, each row validated only when it is read (PlainCsvRows). With one
        // (an upload), rows are counted as CsvHelper meets them, so a file far past the limit is refused without being held whole.
        if (maxRows == int.MaxValue)
        {
            var whole = text.ReadToEnd();
            if (PlainCsv.TrySplit(whole) is var (header, lines))
                return new PlainCsvRows(BatchHeader.Read(header, carrierDefaulted: carrier is not null), carrier, lines, transformation());
            text = new StringReader(whole);
        }
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
            BadDataFound = null,
            // Checked while the field is read, so a field of a hundred megabytes is refused before it is held.
            MaxFieldSize = SubmissionFile.MaxCellChars,
        };
        try
        {
            return Read(config, text, maxRows, carrier, transformation);
        }
        catch (MaxFieldSizeException)
        {
            throw SubmissionFileException.CellTooLong(SubmissionFile.MaxCellChars);
        }
    }

    private static SubmissionRow[] Read(
        CsvConfiguration config,
        TextReader text,
        int maxRows,
        string? carrier,
        Func<Core.Geodesy.Vn2000Transformation> transformation
    )
    {
        using var csv = new CsvReader(text, config);
        if (!csv.Read() || !csv.ReadHeader())
            throw SubmissionFileException.NoHeader();
        var columns = BatchHeader.Read(csv.HeaderRecord!, carrierDefaulted: carrier is not null);

        // Splitting lines is sequential; validating them (coordinates in several notations, VN-2000 conversion) is not.
        var records = new List<(int Number, string[] Fields)>();
        var number = 0;
        var limit = new RowLimit(maxRows);
        while (csv.Read())
        {
            number++;
            var record = csv.Parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                limit.BlankRow();
                continue;
            }
            limit.Row();
            records.Add((number, record));
        }
        var plan = transformation();
        var rows = new SubmissionRow[records.Count];
        Parallel.For(0, records.Count, i =>
        {
            var (n, record) = records[i];
            rows[i] = BatchRows.Parse(
                n,
                name =>
                    (
                        columns.TryGetValue(name, out var c) && c < record.Length && !string.IsNullOrWhiteSpace(record[c])
                            ? record[c].Trim()
                            : null
                    ) ?? (name == "carrier" ? carrier : null),
                plan
            );
        });
        return rows;
    }
}

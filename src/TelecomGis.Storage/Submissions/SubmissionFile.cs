using System.Text;
using System.Text.Json;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Storage.Submissions;

/// <summary>
/// Reads a batch of proposed sites, CSV, Excel .xlsx or GeoJSON points with the same column names, into validated rows: the API's
/// upload and <c>telecomgis appraise --in</c> both come through here. A file that cannot be read at all is a
/// <see cref="SubmissionFileException"/> naming the file; a row that cannot be read becomes that row's rejection.
/// </summary>
public static class SubmissionFile
{
    /// <summary>
    /// The most rows one upload may hold: a department's largest batches are a few hundred sites; this leaves room and bounds the
    /// work one upload can cause. The CLI reads any number (the macro benchmark's batch has 100,000).
    /// </summary>
    public const int MaxRows = 20_000;

    /// <summary>
    /// The longest text one cell may hold (characters), in every format and whatever the row limit: the longest real field, a DMS
    /// coordinate or a site code, is tens of characters; a longer cell is refused as soon as it is read.
    /// </summary>
    public const int MaxCellChars = 1_000;

    /// <summary>The format a file's name says (.csv/.txt, .xlsx, .geojson/.json, in any case); null when it says none of these.</summary>
    public static SubmissionFileFormat? FormatOf(string fileName)
    {
        var name = fileName.ToLowerInvariant();
        if (name.EndsWith(".csv", StringComparison.Ordinal) || name.EndsWith(".txt", StringComparison.Ordinal))
            return SubmissionFileFormat.Csv;
        if (name.EndsWith(".xlsx", StringComparison.Ordinal))
            return SubmissionFileFormat.Excel;
        if (name.EndsWith(".geojson", StringComparison.Ordinal) || name.EndsWith(".json", StringComparison.Ordinal))
            return SubmissionFileFormat.GeoJson;
        return null;
    }

    /// <summary>Reads the file in the format its name says; a name that says none is refused.</summary>
    /// <param name="stream">The file's bytes; seekable for .xlsx.</param>
    /// <param name="fileName">The name the file came with: it picks the format and names the file in messages.</param>
    /// <param name="carrier">The carrier of rows that name none, in any format (the uploading carrier); null: such rows are rejected.</param>
    /// <param name="maxRows">More rows than this refuse the file (<see cref="MaxRows"/> for an upload), as soon as the reader meets the first
    /// row past it; so do more blank rows than this. Whatever the limit, an .xlsx whose parts unpack to more than
    /// <see cref="WorkbookBounds"/> allows, or a cell of more than <see cref="MaxCellChars"/> characters, is refused.</param>
    /// <param name="transformation">The plan's VN-2000 → WGS 84 transformation, for rows given as X/Y (EPSG:6960 by default).</param>
    public static IReadOnlyList<SubmissionRow> Read(
        Stream stream,
        string fileName,
        string? carrier = null,
        int maxRows = int.MaxValue,
        Core.Geodesy.Vn2000Transformation transformation = Core.Geodesy.Vn2000Transformation.National6960
    ) =>
        Read(stream, FormatOf(fileName) ?? throw SubmissionFileException.UnknownType(fileName), fileName, carrier, maxRows, transformation);

    /// <summary>Reads the file in the given format, whatever its name.</summary>
    /// <inheritdoc cref="Read(Stream, string, string?, int, Core.Geodesy.Vn2000Transformation)"/>
    public static IReadOnlyList<SubmissionRow> Read(
        Stream stream,
        SubmissionFileFormat format,
        string fileName,
        string? carrier = null,
        int maxRows = int.MaxValue,
        Core.Geodesy.Vn2000Transformation transformation = Core.Geodesy.Vn2000Transformation.National6960
    ) => Read(stream, format, fileName, () => transformation, carrier, maxRows);

    /// <summary>
    /// As above, with the VN-2000 transformation asked for only when the rows are about to be validated: a CSV's lines are
    /// split first, so the CLI reads the file while the plan that names the transformation is still loading.
    /// </summary>
    public static IReadOnlyList<SubmissionRow> Read(
        Stream stream,
        SubmissionFileFormat format,
        string fileName,
        Func<Core.Geodesy.Vn2000Transformation> transformation,
        string? carrier = null,
        int maxRows = int.MaxValue
    )
    {
        Func<IReadOnlyList<SubmissionRow>> read = format switch
        {
            SubmissionFileFormat.Csv => () =>
                SubmissionCsvReader.Read(
                    new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true),
                    maxRows,
                    carrier,
                    transformation
                ),
            SubmissionFileFormat.Excel => () => SubmissionExcelReader.Read(stream, carrier, maxRows, transformation()),
            SubmissionFileFormat.GeoJson => () => SubmissionGeoJsonReader.Read(stream, carrier, maxRows),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a submission file format."),
        };
        // Each reader counts rows as it reads them and refuses the file at the first past maxRows (a SubmissionFileException, not
        // caught here), so a file of a million rows is refused after reading maxRows + 1 of them.
        try
        {
            return read();
        }
        catch (Exception e)
            when (e
                    is FormatException
                        or SubmissionFileException { IsContentReason: true }
                        or JsonException
                        or InvalidDataException
                        or IOException
                        or InvalidOperationException
                        or ArgumentException
                        or NotSupportedException
                        or IndexOutOfRangeException
                        or KeyNotFoundException
                        or CsvHelper.CsvHelperException
                        or System.Xml.XmlException
            )
        {
            // A file the readers cannot make sense of (not CSV, a "xlsx" that is no zip, JSON that is not GeoJSON): refuse it whole.
            throw SubmissionFileException.Unreadable(fileName, format, e);
        }
    }
}

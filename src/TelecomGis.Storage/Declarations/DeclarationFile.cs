using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using TelecomGis.Core.Geodesy;
using TelecomGis.Core.Register.Declarations;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Storage.Declarations;

/// <summary>
/// Reads a carrier's declaration (báo cáo hạ tầng), CSV or Excel .xlsx with the columns of <see cref="DeclarationColumns"/>, into
/// validated rows: the API's upload and <c>telecomgis register diff</c> both come through here, with the batch readers' bounds
/// (<see cref="SubmissionFile.MaxRows"/> rows for an upload, cells of at most <see cref="SubmissionFile.MaxCellChars"/> characters,
/// the workbook's parts bounded before MiniExcel reads them). A file that cannot be read at all is a
/// <see cref="SubmissionFileException"/>; a row that cannot be read, or repeats an earlier row's code or register id, becomes that
/// row's rejection. A declaration is taken whole or not at all: callers refuse a file with any rejected row (<see cref="Refusals"/>).
/// </summary>
public static class DeclarationFile
{
    private static readonly OpenXmlConfiguration Configuration = new() { EnableSharedStringCache = false };

    /// <summary>Whether the name says a declaration format (.csv/.txt or .xlsx, any case).</summary>
    public static bool IsDeclarationFile(string fileName) =>
        SubmissionFile.FormatOf(fileName) is SubmissionFileFormat.Csv or SubmissionFileFormat.Excel;

    /// <param name="stream">The file's bytes; seekable for .xlsx.</param>
    /// <param name="fileName">The name it came with: it picks the format and names the file in messages.</param>
    /// <param name="carrier">The declaring carrier: the installations are its, and a row naming another carrier is refused.</param>
    /// <param name="maxRows">More rows than this (or more blank ones) refuse the file, at the first row past it.</param>
    /// <param name="transformation">The plan's VN-2000 → WGS 84 transformation, for rows given as X/Y.</param>
    public static IReadOnlyList<DeclarationRow> Read(
        Stream stream,
        string fileName,
        string carrier,
        int maxRows = int.MaxValue,
        Vn2000Transformation transformation = Vn2000Transformation.National6960
    )
    {
        var format = SubmissionFile.FormatOf(fileName);
        if (format is not (SubmissionFileFormat.Csv or SubmissionFileFormat.Excel))
            throw new SubmissionFileException(
                $"Unknown file type '{fileName}': send the declaration as .xlsx or .csv.",
                $"Không nhận dạng được tệp '{fileName}': gửi báo cáo dưới dạng .xlsx hoặc .csv."
            );
        IReadOnlyList<DeclarationRow> rows;
        try
        {
            rows =
                format == SubmissionFileFormat.Csv
                    ? ReadCsv(
                        new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true),
                        fileName,
                        carrier,
                        maxRows,
                        transformation
                    )
                    : ReadExcel(stream, fileName, carrier, maxRows, transformation);
        }
        catch (MaxFieldSizeException)
        {
            throw new SubmissionFileException(
                $"The file has a cell of more than {SubmissionFile.MaxCellChars} characters.",
                $"Tệp có ô dài quá {SubmissionFile.MaxCellChars} ký tự."
            );
        }
        catch (Exception e)
            when (e
                    is FormatException
                        or InvalidDataException
                        or IOException
                        or InvalidOperationException
                        or ArgumentException
                        or NotSupportedException
                        or IndexOutOfRangeException
                        or KeyNotFoundException
                        or CsvHelperException
                        or System.Xml.XmlException
            )
        {
            throw SubmissionFileException.Unreadable(fileName, format.Value, e);
        }
        return Deduplicated(rows);
    }

    /// <summary>The rejected rows' reasons, in row order: empty when the whole declaration can be taken.</summary>
    public static IReadOnlyList<Core.Appraisal.Submissions.RowRejection> Refusals(IEnumerable<DeclarationRow> rows) =>
        [.. rows.Where(r => r.Rejection is not null).Select(r => r.Rejection!).OrderBy(r => r.Row)];

    private static List<DeclarationRow> ReadCsv(
        TextReader text,
        string fileName,
        string carrier,
        int maxRows,
        Vn2000Transformation transformation
    )
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
            BadDataFound = null,
            MaxFieldSize = SubmissionFile.MaxCellChars,
        };
        using var csv = new CsvReader(text, config);
        if (!csv.Read() || !csv.ReadHeader())
            throw NoHeader(fileName);
        var columns = Header(csv.HeaderRecord!, fileName);
        var rows = new List<DeclarationRow>();
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
            rows.Add(
                DeclarationRowParser.Parse(
                    number,
                    name =>
                        columns.TryGetValue(name, out var c) && c < record.Length && !string.IsNullOrWhiteSpace(record[c])
                            ? record[c].Trim()
                            : null,
                    carrier,
                    transformation
                )
            );
        }
        if (number == 0)
            throw NoRows(fileName);
        return rows;
    }

    private static List<DeclarationRow> ReadExcel(
        Stream stream,
        string fileName,
        string carrier,
        int maxRows,
        Vn2000Transformation transformation
    )
    {
        WorkbookBounds.Check(stream);
        var rows = new List<DeclarationRow>();
        var number = 0;
        var limit = new RowLimit(maxRows);
        Dictionary<string, int>? columns = null;
        foreach (
            var record in MiniExcel
                .Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX, configuration: Configuration)
                // MiniExcel types its rows dynamic; a plain cast to the dictionary each row is, where a foreach over
                // IDictionary would convert each through the C# runtime binder, which the ahead-of-time build cannot run.
                .Cast<IDictionary<string, object?>>()
        )
        {
            var cells = record.Values.ToArray();
            var map = columns ??= Header([.. record.Keys], fileName);
            number++;
            if (cells.All(v => v is null || string.IsNullOrWhiteSpace(Convert.ToString(v, CultureInfo.InvariantCulture))))
            {
                limit.BlankRow();
                continue;
            }
            limit.Row();
            rows.Add(
                DeclarationRowParser.Parse(
                    number,
                    n => RowLimit.Cell(map.TryGetValue(n, out var c) ? Text(cells[c]) : null),
                    carrier,
                    transformation
                )
            );
        }
        if (number == 0)
            throw NoRows(fileName);
        return rows;
    }

    /// <summary>A typed cell as text: a date as ISO 8601 (the parser reads it; the invariant culture's would be month first).</summary>
    private static string? Text(object? cell) =>
        cell switch
        {
            DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => FieldText.Of(cell),
        };

    /// <summary>Canonical name → position; the first header naming a column wins; a header lacking a required column refuses the file.</summary>
    private static Dictionary<string, int> Header(string?[] headers, string fileName)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Length; i++)
        {
            if (DeclarationColumns.Canonical(headers[i]) is { } name)
                columns.TryAdd(name, i);
        }
        var missing = DeclarationColumns.Missing(columns.Keys);
        if (missing.Count > 0)
        {
            static string Vi(string n) =>
                n == "lon,lat"
                    ? "Kinh độ và Vĩ độ (hoặc Tọa độ X, Tọa độ Y và Kinh tuyến trục theo VN-2000)"
                    : DeclarationColumns.HeaderVi(n);
            static string En(string n) =>
                n == "lon,lat" ? "longitude and latitude (or VN-2000 X, Y and central meridian)" : DeclarationColumns.HeaderEn(n);
            throw new SubmissionFileException(
                $"The file '{fileName}' lacks the column(s) {string.Join(", ", missing.Select(En))} (see the declaration template).",
                $"Tệp '{fileName}' thiếu cột {string.Join(", ", missing.Select(Vi))} (xem tệp mẫu báo cáo)."
            );
        }
        return columns;
    }

    /// <summary>A later row repeating an earlier one's code or register id is refused: one structure, one row.</summary>
    private static List<DeclarationRow> Deduplicated(IReadOnlyList<DeclarationRow> rows)
    {
        var codes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var result = new List<DeclarationRow>(rows.Count);
        foreach (var r in rows)
        {
            if (r.Structure is not { } s)
            {
                result.Add(r);
                continue;
            }
            if (codes.TryGetValue(s.Code, out var first))
                result.Add(
                    DeclarationRow.Rejected(
                        r.Row,
                        "site_code",
                        $"cột {DeclarationColumns.HeaderVi("site_code")}: trạm {s.Code} đã khai ở dòng {first}.",
                        $"column {DeclarationColumns.HeaderEn("site_code")}: structure {s.Code} is already declared on row {first}."
                    )
                );
            else if (s.StructureId is { } id && ids.TryGetValue(id, out var firstId))
                result.Add(
                    DeclarationRow.Rejected(
                        r.Row,
                        "structure_id",
                        $"cột {DeclarationColumns.HeaderVi("structure_id")}: vị trí {id} đã khai ở dòng {firstId}.",
                        $"column {DeclarationColumns.HeaderEn("structure_id")}: structure {id} is already declared on row {firstId}."
                    )
                );
            else
            {
                codes[s.Code] = r.Row;
                if (s.StructureId is { } sid)
                    ids[sid] = r.Row;
                result.Add(r);
            }
        }
        return result;
    }

    private static SubmissionFileException NoHeader(string fileName) =>
        new(
            $"The file '{fileName}' is empty: the first line must be the header naming the columns (see the declaration template).",
            $"Tệp '{fileName}' trống: dòng đầu phải là dòng tiêu đề ghi tên các cột (xem tệp mẫu báo cáo)."
        );

    private static SubmissionFileException NoRows(string fileName) =>
        new(
            $"The first sheet of '{fileName}' has no rows under a header row.",
            $"Trang tính đầu tiên của tệp '{fileName}' không có dòng nào dưới dòng tiêu đề."
        );
}

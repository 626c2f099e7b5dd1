using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Storage.Submissions;

/// <summary>
/// Reads a carrier's Excel workbook (.xlsx, through MiniExcel): the first sheet, its first row the header with the CSV's columns,
/// read through <see cref="SubmissionColumns"/> (English or Vietnamese, any case, any order; others ignored). Blank rows are skipped but counted, so row numbers are those a carrier sees under the header.
/// The workbook's parts are bounded first (<see cref="WorkbookBounds"/>), and rows are read one at a time up to the limit.
/// </summary>
public static class SubmissionExcelReader
{
    // The shared strings are bounded before MiniExcel reads them, so they are held in memory: MiniExcel's disk cache (the default
    // above 5 MB) would write every upload's strings to the server's temporary folder.
    private static readonly OpenXmlConfiguration Configuration = new() { EnableSharedStringCache = false };

    /// <param name="stream">The workbook, seekable.</param>
    /// <param name="carrier">The carrier of rows without a carrier column or cell (the uploading carrier); null: such rows are rejected.</param>
    /// <param name="maxRows">More rows than this (or more blank ones) refuse the file, at the first row past it.</param>
    /// <param name="transformation">The plan's VN-2000 → WGS 84 transformation, for rows given as X/Y.</param>
    public static IReadOnlyList<SubmissionRow> Read(
        Stream stream,
        string? carrier = null,
        int maxRows = int.MaxValue,
        Core.Geodesy.Vn2000Transformation transformation = Core.Geodesy.Vn2000Transformation.National6960
    )
    {
        WorkbookBounds.Check(stream);
        var rows = new List<SubmissionRow>();
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
            // MiniExcel gives each row the header's cells as keys, in the sheet's order.
            var cells = record.Values.ToArray();
            var map = columns ??= BatchHeader.Read([.. record.Keys], carrierDefaulted: carrier is not null);
            number++;
            if (cells.All(v => v is null || string.IsNullOrWhiteSpace(Convert.ToString(v, CultureInfo.InvariantCulture))))
            {
                limit.BlankRow();
                continue;
            }
            limit.Row();
            rows.Add(
                BatchRows.Parse(
                    number,
                    n => RowLimit.Cell(map.TryGetValue(n, out var c) ? FieldText.Of(cells[c]) : null) ?? (n == "carrier" ? carrier : null),
                    transformation
                )
            );
        }
        if (number == 0)
            throw SubmissionFileException.NoRows();
        return rows;
    }
}

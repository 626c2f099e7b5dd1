using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Storage.Submissions;

/// <summary>
/// Reads a carrier's Excel workbook (.xlsx, through MiniExcel): the first sheet, its first row the header with the CSV's column names
/// (any case, any order). Blank rows are skipped but counted, so row numbers are those a carrier sees under the header.
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
    public static IReadOnlyList<SubmissionRow> Read(Stream stream, string? carrier = null, int maxRows = int.MaxValue)
    {
        WorkbookBounds.Check(stream);
        var rows = new List<SubmissionRow>();
        var number = 0;
        var limit = new RowLimit(maxRows);
        foreach (
            IDictionary<string, object?> record in MiniExcel.Query(
                stream,
                useHeaderRow: true,
                excelType: ExcelType.XLSX,
                configuration: Configuration
            )
        )
        {
            var columns = record.ToDictionary(kv => kv.Key.Trim().ToLowerInvariant(), kv => kv.Value, StringComparer.Ordinal);
            if (number == 0)
                SubmissionRowParser.CheckHeader(carrier is null ? columns.Keys : columns.Keys.Append("carrier"));
            number++;
            if (columns.Values.All(v => v is null || string.IsNullOrWhiteSpace(Convert.ToString(v, CultureInfo.InvariantCulture))))
            {
                limit.BlankRow();
                continue;
            }
            limit.Row();
            rows.Add(
                SubmissionRowParser.Parse(number, n =>
                    RowLimit.Cell(FieldText.Of(columns.GetValueOrDefault(n))) ?? (n == "carrier" ? carrier : null)
                )
            );
        }
        if (number == 0)
            throw new FormatException(
                "The workbook's first sheet has no rows under a header (carrier, site_code, lon, lat, pole_class, height_m, …)."
            );
        return rows;
    }
}

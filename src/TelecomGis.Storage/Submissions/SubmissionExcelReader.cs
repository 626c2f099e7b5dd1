using System.Globalization;
using MiniExcelLibs;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Storage.Submissions;

/// <summary>
/// Reads a carrier's Excel workbook (.xlsx, through MiniExcel): the first sheet, its first row the header with the CSV's column names
/// (any case, any order). Blank rows are skipped but counted, so row numbers are those a carrier sees under the header.
/// </summary>
public static class SubmissionExcelReader
{
    /// <param name="stream">The workbook, seekable.</param>
    /// <param name="carrier">The carrier of rows without a carrier column or cell (the uploading carrier); null: such rows are rejected.</param>
    public static IReadOnlyList<SubmissionRow> Read(Stream stream, string? carrier = null)
    {
        var rows = new List<SubmissionRow>();
        var number = 0;
        foreach (IDictionary<string, object?> record in MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX))
        {
            var columns = record.ToDictionary(kv => kv.Key.Trim().ToLowerInvariant(), kv => kv.Value, StringComparer.Ordinal);
            if (number == 0) SubmissionRowParser.CheckHeader(carrier is null ? columns.Keys : columns.Keys.Append("carrier"));
            number++;
            if (columns.Values.All(v => v is null || string.IsNullOrWhiteSpace(Convert.ToString(v, CultureInfo.InvariantCulture)))) continue;
            rows.Add(SubmissionRowParser.Parse(number, n => FieldText.Of(columns.GetValueOrDefault(n)) ?? (n == "carrier" ? carrier : null)));
        }
        if (number == 0) throw new FormatException("The workbook's first sheet has no rows under a header (carrier, site_code, lon, lat, pole_class, height_m, …).");
        return rows;
    }
}

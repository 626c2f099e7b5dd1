using System.Globalization;
using CsvHelper;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Cli.Output;

/// <summary>
/// A small CSV table (header + rows of plain values), written atomically with a BOM for Excel: headers and yes/no in the tool's
/// language (<see cref="CliText"/>), numbers with a decimal point in both, text from a plan or a register never run as a formula
/// (<see cref="SpreadsheetText"/>).
/// </summary>
internal static class CsvTable
{
    /// <param name="header">Each column's header in Vietnamese and in English.</param>
    public static void Write(string path, IReadOnlyList<(string Vi, string En)> header, IEnumerable<IReadOnlyList<object?>> rows) =>
        AtomicFile.WriteText(path, text =>
        {
            using var csv = new CsvWriter(text, CultureInfo.InvariantCulture, leaveOpen: true);
            foreach (var (vi, en) in header)
                csv.WriteField(CliText.T(vi, en));
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var v in row)
                    csv.WriteField(Format(v));
                csv.NextRecord();
            }
        });

    private static string Format(object? v) =>
        v switch
        {
            null => "",
            double d when double.IsPositiveInfinity(d) => "",
            double d => d.ToString("0.###", CultureInfo.InvariantCulture),
            bool b => b ? CliText.T("có", "yes") : CliText.T("không", "no"),
            string s => SpreadsheetText.Guard(s),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => SpreadsheetText.Guard(v.ToString()),
        };
}

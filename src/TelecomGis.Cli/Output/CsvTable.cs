using System.Globalization;
using CsvHelper;

namespace TelecomGis.Cli.Output;

/// <summary>A small CSV table (header + rows of plain values, invariant culture), written atomically with a BOM for Excel.</summary>
internal static class CsvTable
{
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) =>
        AtomicFile.WriteText(path, text =>
        {
            using var csv = new CsvWriter(text, CultureInfo.InvariantCulture, leaveOpen: true);
            foreach (var h in header)
                csv.WriteField(h);
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
            bool b => b ? "yes" : "no",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString() ?? "",
        };
}

using System.Globalization;
using CsvHelper;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Storage.Coverage;

/// <summary>
/// The per-commune table, one line per commune, technology and carrier (all carriers together too), for a planner's spreadsheet:
/// Vietnamese headers and words (Mã xã, Xã, phường, Loại đơn vị, …, "Tất cả doanh nghiệp") or English ones (commune_code, commune,
/// kind, technology, carrier, cells, covered_cells, area_share, covered_area_km2, population, population_covered,
/// population_share; "all"). Shares and areas with a decimal point in both; names never run as a formula.
/// </summary>
public static class CommuneCoverageCsv
{
    private static readonly (string Vi, string En)[] Columns =
    [
        ("Mã xã", "commune_code"),
        ("Xã, phường", "commune"),
        ("Loại đơn vị", "kind"),
        ("Công nghệ", "technology"),
        ("Doanh nghiệp", "carrier"),
        ("Số ô lưới", "cells"),
        ("Số ô được phủ sóng", "covered_cells"),
        ("Tỷ lệ diện tích được phủ sóng", "area_share"),
        ("Diện tích được phủ sóng (km²)", "covered_area_km2"),
        ("Dân số", "population"),
        ("Dân số được phủ sóng", "population_covered"),
        ("Tỷ lệ dân số được phủ sóng", "population_share"),
    ];

    /// <summary>The columns' headers, in Vietnamese and in English.</summary>
    public static IReadOnlyList<(string Vi, string En)> Header => Columns;

    /// <summary>
    /// A line's values, numbers as numbers (a workbook's cells); <see cref="Write"/> formats them: shares with four decimals, areas
    /// with two, the covered population rounded to a person.
    /// </summary>
    public static object?[] Cells(CommuneCoverage r, bool vietnamese) =>
        [
            r.Commune.Code,
            r.Commune.FullName,
            vietnamese ? r.Commune.Kind.VietnameseName() : r.Commune.Kind.ToString(),
            r.Technology.Label(),
            r.Carrier ?? (vietnamese ? "Tất cả doanh nghiệp" : "all"),
            r.Cells,
            r.CoveredCells,
            r.AreaShare,
            r.CoveredAreaKm2,
            r.Commune.Population,
            Math.Round(r.PopulationCovered),
            r.PopulationShare,
        ];

    /// <summary>How each column's number is written in the CSV, by its place; null for a value written as it is.</summary>
    private static readonly string?[] Formats = [null, null, null, null, null, null, null, "0.0000", "0.00", null, "R", "0.0000"];

    public static void Write(TextWriter output, IEnumerable<CommuneCoverage> rows, bool vietnamese)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var (vi, en) in Columns)
            csv.WriteField(vietnamese ? vi : en);
        csv.NextRecord();
        foreach (var r in rows)
        {
            var cells = Cells(r, vietnamese);
            for (var i = 0; i < cells.Length; i++)
            {
                csv.WriteField(
                    cells[i] switch
                    {
                        double d => d.ToString(Formats[i] ?? "R", CultureInfo.InvariantCulture),
                        string text => SpreadsheetText.Guard(text),
                        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                        var other => other?.ToString() ?? "",
                    }
                );
            }
            csv.NextRecord();
        }
    }
}

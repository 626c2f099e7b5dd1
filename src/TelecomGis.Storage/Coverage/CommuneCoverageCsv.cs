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

    public static void Write(TextWriter output, IEnumerable<CommuneCoverage> rows, bool vietnamese)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var (vi, en) in Columns)
            csv.WriteField(vietnamese ? vi : en);
        csv.NextRecord();
        foreach (var r in rows)
        {
            csv.WriteField(r.Commune.Code);
            csv.WriteField(SpreadsheetText.Guard(r.Commune.FullName));
            csv.WriteField(vietnamese ? r.Commune.Kind.VietnameseName() : r.Commune.Kind.ToString());
            csv.WriteField(r.Technology.Label());
            csv.WriteField(
                r.Carrier is { } carrier ? SpreadsheetText.Guard(carrier)
                : vietnamese ? "Tất cả doanh nghiệp"
                : "all"
            );
            csv.WriteField(r.Cells);
            csv.WriteField(r.CoveredCells);
            csv.WriteField(r.AreaShare.ToString("0.0000", CultureInfo.InvariantCulture));
            csv.WriteField(r.CoveredAreaKm2.ToString("0.00", CultureInfo.InvariantCulture));
            csv.WriteField(r.Commune.Population);
            csv.WriteField(Math.Round(r.PopulationCovered).ToString(CultureInfo.InvariantCulture));
            csv.WriteField(r.PopulationShare.ToString("0.0000", CultureInfo.InvariantCulture));
            csv.NextRecord();
        }
    }
}

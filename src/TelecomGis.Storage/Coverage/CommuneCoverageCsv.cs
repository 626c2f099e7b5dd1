using System.Globalization;
using CsvHelper;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Storage.Coverage;

/// <summary>
/// The per-commune table, one line per commune, technology and carrier ("all" for all carriers together):
/// commune_code, commune, kind, technology, carrier, cells, covered_cells, area_share, covered_area_km2, population,
/// population_covered, population_share.
/// </summary>
public static class CommuneCoverageCsv
{
    public static void Write(TextWriter output, IEnumerable<CommuneCoverage> rows)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (
            var h in new[]
            {
                "commune_code",
                "commune",
                "kind",
                "technology",
                "carrier",
                "cells",
                "covered_cells",
                "area_share",
                "covered_area_km2",
                "population",
                "population_covered",
                "population_share",
            }
        )
        {
            csv.WriteField(h);
        }
        csv.NextRecord();
        foreach (var r in rows)
        {
            csv.WriteField(r.Commune.Code);
            csv.WriteField(r.Commune.FullName);
            csv.WriteField(r.Commune.Kind.ToString());
            csv.WriteField(r.Technology.Label());
            csv.WriteField(r.Carrier ?? "all");
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

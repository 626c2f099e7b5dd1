using TelecomGis.Core.Coverage;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Reporting;

/// <summary>
/// Coverage per technology for the province from a coverage run's commune table (all carriers together): the share of people and
/// of area covered, the communes not wholly covered, and the least covered commune. Only the latest run is known, so the table has
/// no year-earlier column.
/// </summary>
public static class CoverageFigures
{
    public static IEnumerable<ReportFigure> ByTechnology(IReadOnlyList<CommuneCoverage> rows)
    {
        var number = 0;
        foreach (var group in rows.Where(r => r.Carrier is null).GroupBy(r => r.Technology).OrderBy(g => g.Key))
        {
            number++;
            var tech = group.Key.Label();
            var people = group.Sum(r => (double)r.Commune.Population);
            var area = group.Sum(r => r.Commune.AreaKm2);
            var key = "coverage:" + tech;
            yield return new ReportFigure(
                key + ":population",
                $"{number}",
                $"Tỷ lệ dân số được phủ sóng {tech}",
                $"People covered by {tech}",
                "%",
                people == 0 ? null : 100 * group.Sum(r => r.PopulationCovered) / people,
                FigureFormat.Percent,
                IsTotal: true
            );
            yield return new ReportFigure(
                key + ":area",
                $"{number}.1",
                $"Tỷ lệ diện tích được phủ sóng {tech}",
                $"Area covered by {tech}",
                "%",
                area == 0 ? null : 100 * group.Sum(r => r.CoveredAreaKm2) / area,
                FigureFormat.Percent
            );
            var measured = group.Where(r => r.Cells > 0).ToList();
            yield return new ReportFigure(
                key + ":gaps",
                $"{number}.2",
                "Xã, phường còn vùng lõm sóng",
                "Communes not wholly covered",
                "đơn vị",
                measured.Count(r => r.CoveredCells < r.Cells)
            );
            var least = measured.MinBy(r => r.PopulationShare);
            yield return new ReportFigure(
                key + ":least",
                $"{number}.3",
                least is null ? "Xã, phường được phủ sóng ít nhất" : $"Được phủ sóng ít nhất: {least.Commune.FullName}",
                "Least covered commune",
                "% dân số",
                least is null ? null : 100 * least.PopulationShare,
                FigureFormat.Percent
            );
        }
    }
}

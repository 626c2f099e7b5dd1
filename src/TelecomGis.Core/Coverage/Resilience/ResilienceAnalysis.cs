using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Coverage.Resilience;

/// <summary>
/// COVERAGE.md's resilience question: given a hazard area (a storm track's buffer, a flood) or a list of failed sites, which
/// communes lose coverage and how many people. The sites inside the hazard fail; coverage is computed again without them on the
/// same grid and compared commune by commune. With a hazard's duration, backup power decides which sites inside go down
/// (<see cref="SiteOutage"/>); without one, or where a site's backup power is not recorded, every site inside is taken as down.
/// </summary>
public static class ResilienceAnalysis
{
    /// <summary>The ids of the sites standing inside (or on the edge of) <paramref name="hazardWgs84"/>.</summary>
    public static IReadOnlySet<string> SitesInside(IEnumerable<Site> sites, Geometry hazardWgs84)
    {
        var prepared = PreparedGeometryFactory.Prepare(hazardWgs84);
        return sites.Where(s => prepared.Covers(s.Location)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Per commune and technology, coverage before and after, for the communes that lose any (most people first).</summary>
    public static IReadOnlyList<CommuneCoverageLoss> Compare(CoverageResult before, CoverageResult after)
    {
        if (!ReferenceEquals(before.Inputs.Communes, after.Inputs.Communes) || before.Grid != after.Grid)
            throw new ArgumentException("both runs must share one grid and one commune list (CoverageInputs.WithoutSites)", nameof(after));
        var was = CommuneCoverage.Table(before).Where(r => r.Carrier is null).ToDictionary(r => (r.Commune.Code, r.Technology));
        var losses = new List<CommuneCoverageLoss>();
        foreach (var now in CommuneCoverage.Table(after).Where(r => r.Carrier is null))
        {
            var then = was[(now.Commune.Code, now.Technology)];
            if (now.CoveredCells >= then.CoveredCells)
                continue;
            losses.Add(
                new CommuneCoverageLoss(
                    now.Commune,
                    now.Technology,
                    then.PopulationCovered,
                    now.PopulationCovered,
                    then.AreaShare,
                    now.AreaShare
                )
            );
        }
        // A technology all of whose servers failed has no layer after: everything it covered is lost.
        foreach (var gone in was.Values.Where(r => after.Layer(r.Technology, null) is null && r.CoveredCells > 0))
        {
            losses.Add(new CommuneCoverageLoss(gone.Commune, gone.Technology, gone.PopulationCovered, 0, gone.AreaShare, 0));
        }
        return losses.OrderByDescending(l => l.PeopleLosingCoverage).ToList();
    }
}

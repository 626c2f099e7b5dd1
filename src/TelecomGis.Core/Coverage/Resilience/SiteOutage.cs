using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Coverage.Resilience;

/// <summary>
/// A site inside a hazard and how its backup power carries it (issue 11, item 7): with the grid down for the hazard's duration, a
/// site with backup power stays on air for that many hours, then goes down for the rest; one with no backup recorded is taken as
/// down throughout. Without a duration every site inside counts as down, as before backup power was recorded.
/// </summary>
/// <param name="HoursDown">Hours off air during the hazard; null when the hazard has no duration (down, for how long unknown).</param>
public sealed record SiteOutage(Site Site, double? HoursDown)
{
    /// <summary>Whether the site goes off air at some point of the hazard.</summary>
    public bool GoesDown => HoursDown is null || HoursDown > 0;

    /// <summary>Each site inside (or on the edge of) the hazard, with its hours down over <paramref name="durationH"/>.</summary>
    public static IReadOnlyList<SiteOutage> Inside(IEnumerable<Site> sites, Geometry hazardWgs84, double? durationH)
    {
        if (durationH is < 0 || durationH is double d && !double.IsFinite(d))
            throw new ArgumentOutOfRangeException(
                nameof(durationH),
                durationH,
                "A hazard's duration is a finite number of hours, 0 or more."
            );
        var prepared = PreparedGeometryFactory.Prepare(hazardWgs84);
        return [.. sites.Where(s => prepared.Covers(s.Location)).Select(s => For(s, durationH))];
    }

    /// <summary>One site's outage over a hazard of <paramref name="durationH"/> hours.</summary>
    public static SiteOutage For(Site site, double? durationH) =>
        new(site, durationH is { } d ? Math.Max(0, d - (site.BackupPowerHours ?? 0)) : null);

    /// <summary>The ids of the sites that go down: the set the coverage after the hazard is computed without.</summary>
    public static IReadOnlySet<string> DownIds(IEnumerable<SiteOutage> outages) =>
        outages.Where(o => o.GoesDown).Select(o => o.Site.Id).ToHashSet(StringComparer.Ordinal);
}

using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Coverage;

/// <summary>
/// Where a commune's people's committee sits (trụ sở UBND), for distances to the nearest post office or fiber route. The plan
/// draws a <c>headquarters</c> zone (a 200 m circle) round each 2025 unit's published centre: its centroid is the headquarters.
/// A commune without one (the 2009 units) falls back to an interior point of its boundary, as COVERAGE.md allows
/// ("headquarters (or centroid)"); the source says which was used.
/// </summary>
public sealed record CommuneHeadquarters(Commune Commune, Coordinate MetricLocation, bool FromHeadquartersZone)
{
    public const string ZoneKind = "headquarters";

    public string Source => FromHeadquartersZone ? "headquarters" : "interior point";

    /// <summary>The headquarters of each commune of the index's day, in the frame's metres, in the plan's order.</summary>
    public static IReadOnlyList<CommuneHeadquarters> Of(PlanIndex index)
    {
        var centres = index.Zones.Features.Where(z => z.Item.Kind == ZoneKind).Select(z => z.Metric.Centroid).ToList();
        var communes = index.Communes.Features;
        var result = new List<CommuneHeadquarters>(communes.Count);
        foreach (var commune in communes)
        {
            var metric = commune.Metric;
            var centre = centres.FirstOrDefault(c =>
                metric.EnvelopeInternal.Contains(c.Coordinate) && (commune.Prepared?.Covers(c) ?? metric.Covers(c))
            );
            result.Add(
                centre is null
                    ? new CommuneHeadquarters(commune.Item, metric.InteriorPoint.Coordinate, false)
                    : new CommuneHeadquarters(commune.Item, centre.Coordinate, true)
            );
        }
        return result;
    }
}

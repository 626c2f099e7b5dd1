using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Planning;
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

    /// <summary>The headquarters of each commune, in the frame's metres, in the order given.</summary>
    public static IReadOnlyList<CommuneHeadquarters> Of(IReadOnlyList<Commune> communes, IEnumerable<PlanZone> zones, MetricFrame frame)
    {
        var centres = zones.Where(z => z.Kind == ZoneKind && !z.Geometry.IsEmpty).Select(z => frame.ToMetric(z.Geometry).Centroid).ToList();
        var result = new List<CommuneHeadquarters>(communes.Count);
        foreach (var commune in communes)
        {
            var metric = frame.ToMetric(commune.Boundary);
            var prepared = PreparedGeometryFactory.Prepare(metric);
            var centre = centres.FirstOrDefault(c => metric.EnvelopeInternal.Contains(c.Coordinate) && prepared.Covers(c));
            result.Add(centre is null
                ? new CommuneHeadquarters(commune, metric.InteriorPoint.Coordinate, false)
                : new CommuneHeadquarters(commune, centre.Coordinate, true));
        }
        return result;
    }
}

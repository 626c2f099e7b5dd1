using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Api.Layers;

/// <summary>
/// The footprints of each aerodrome's obstacle limitation surfaces (ICAO Annex 14, Vol. I, Table 4-1), drawn with the same
/// dimensions from the plan's rule table (R10) and the same shapes that <c>ObstacleLimitationSurfaces</c> measures against:
/// the inner horizontal surface as a racetrack around each runway's centre line, the conical surface as the ring beyond it,
/// and an approach trapezoid off each threshold. Built in the province's TM-3 plane, so the radii are true metres.
/// </summary>
public static class AerodromeSurfaceOutlines
{
    public static IReadOnlyList<IFeature> For(ProvincePlan plan)
    {
        if (plan.Airports.Count == 0) return [];
        double V(string name) => plan.Rules.Value("R10", name);
        var ihRadius = V("inner_horizontal_radius");
        var conicalOuter = ihRadius + V("conical_height") / (V("conical_slope") / 100);
        var innerEdge = V("approach_inner_edge");
        var thresholdDistance = V("approach_threshold_distance");
        var divergence = V("approach_divergence") / 100;
        var approachLength = V("approach_first_length") + V("approach_second_length") + V("approach_horizontal_length");

        var frame = new MetricFrame(plan.Province.Epsg);
        var metric = new GeometryFactory();
        var features = new List<IFeature>();
        void Add(Airport airport, string runway, string surface, Geometry outline)
        {
            var table = new AttributesTable { { "id", $"{airport.Icao}-{runway}-{surface}" }, { "airport", airport.Icao }, { "runway", runway }, { "surface", surface } };
            features.Add(new Feature(frame.ToWgs84(outline), table));
        }

        foreach (var airport in plan.Airports)
        {
            foreach (var runway in airport.Runways)
            {
                var low = frame.ToMetric(runway.Low.LonDeg, runway.Low.LatDeg);
                var high = frame.ToMetric(runway.High.LonDeg, runway.High.LatDeg);
                var centreLine = metric.CreateLineString([low, high]);
                var inner = centreLine.Buffer(ihRadius, 32);
                Add(airport, runway.Designator, "inner_horizontal", inner);
                Add(airport, runway.Designator, "conical", centreLine.Buffer(conicalOuter, 32).Difference(inner));
                Add(airport, runway.Low.Designator, "approach", Approach(metric, low, high, innerEdge, thresholdDistance, divergence, approachLength));
                Add(airport, runway.High.Designator, "approach", Approach(metric, high, low, innerEdge, thresholdDistance, divergence, approachLength));
            }
        }
        return features;
    }

    /// <summary>The trapezoid in front of <paramref name="threshold"/>, away from <paramref name="far"/>: inner edge at the given distance, widening both sides.</summary>
    private static Polygon Approach(GeometryFactory factory, Coordinate threshold, Coordinate far, double innerEdge, double distance, double divergence, double length)
    {
        var (dx, dy) = (threshold.X - far.X, threshold.Y - far.Y);
        var norm = Math.Sqrt(dx * dx + dy * dy);
        var (ux, uy) = (dx / norm, dy / norm);
        var (nx, ny) = (-uy, ux);
        Coordinate At(double along, double across) => new(threshold.X + ux * along + nx * across, threshold.Y + uy * along + ny * across);
        var half = innerEdge / 2;
        var farHalf = half + divergence * length;
        return factory.CreatePolygon([At(distance, -half), At(distance, half), At(distance + length, farHalf), At(distance + length, -farHalf), At(distance, -half)]);
    }
}

using NetTopologySuite.Geometries;
using TelecomGis.Core.Planning;

namespace TelecomGis.Core.Spatial;

/// <summary>
/// ICAO Annex 14 (Vol. I, ch. 4, Table 4-1) obstacle limitation surfaces of an aerodrome: inner horizontal, conical and
/// approach surfaces, with dimensions from the plan's rule table (R10). The inner horizontal surface is bounded by arcs of the
/// code's radius centred on the ends of the runway strip (the runway ends extended 60 m along the centre line, 30 m for code 1),
/// joined by tangents (Annex 14, Doc 9137 part 6; APPRAISAL.md second edition, 8); the conical surface starts at that outline.
/// <see cref="LowestAt"/> gives the height that limits a structure at a point (the aviation rule); <see cref="Footprints"/>
/// the same surfaces as areas on the ground (the map's layer). Immutable and thread-safe.
/// </summary>
public sealed class ObstacleLimitationSurfaces
{
    /// <summary>Segments per quarter circle of the racetrack and conical outlines.</summary>
    private const int QuadrantSegments = 32;

    private static readonly GeometryFactory Metric = new();

    private readonly double _ihHeight,
        _ihRadius,
        _conicalSlope,
        _conicalHeight;
    private readonly double _innerEdge,
        _thresholdDistance,
        _divergence,
        _len1,
        _slope1,
        _len2,
        _slope2,
        _lenHorizontal;

    public ObstacleLimitationSurfaces(RuleTable rules)
    {
        double V(string name) => rules.Value("R10", name);
        _ihHeight = V("inner_horizontal_height");
        _ihRadius = V("inner_horizontal_radius");
        _conicalSlope = V("conical_slope") / 100;
        _conicalHeight = V("conical_height");
        _innerEdge = V("approach_inner_edge");
        _thresholdDistance = V("approach_threshold_distance");
        _divergence = V("approach_divergence") / 100;
        _len1 = V("approach_first_length");
        _slope1 = V("approach_first_slope") / 100;
        _len2 = V("approach_second_length");
        _slope2 = V("approach_second_slope") / 100;
        _lenHorizontal = V("approach_horizontal_length");
    }

    /// <summary>How far from a runway's centre line any surface reaches; beyond it the airport does not constrain a site.</summary>
    public double ReachM =>
        Math.Max(StripExtensionCode2To4M + _ihRadius + _conicalHeight / _conicalSlope, _thresholdDistance + _len1 + _len2 + _lenHorizontal);

    /// <summary>How far the runway strip extends beyond each runway end, code 2 to 4 (Annex 14, 3.4.2).</summary>
    private const double StripExtensionCode2To4M = 60;

    /// <summary>
    /// The strip extension and the inner horizontal radius for an aerodrome's code number (APPRAISAL.md, second edition, 8):
    /// code 1: 30 m and 2,000 m; code 2: 60 m and 2,500 m; code 3 and 4: 60 m and the plan's radius (R10.inner_horizontal_radius,
    /// 4,000 m in Annex 14's Table 4-1, which the rule table cites for code 4).
    /// </summary>
    public (double StripExtensionM, double RadiusM) InnerHorizontal(int codeNumber) =>
        codeNumber switch
        {
            <= 1 => (30, 2000),
            2 => (StripExtensionCode2To4M, 2500),
            _ => (StripExtensionCode2To4M, _ihRadius),
        };

    /// <summary>The lowest surface above <paramref name="p"/>, or null when the point is under none of them.</summary>
    /// <param name="toleranceM">
    /// How far outside an outline a point still lies under that surface: the 5 mm of APPRAISAL.md (second edition, 1) unless a
    /// caller asks what the surfaces would be without them (whether the tolerance decided an outcome, <see cref="Distances.SameM"/>).
    /// </param>
    public SurfaceHeight? LowestAt(AirportGeometry airport, Coordinate p, double toleranceM = Distances.ToleranceM)
    {
        bool Within(double distanceM, double thresholdM) => distanceM <= thresholdM + toleranceM;

        SurfaceHeight? lowest = null;
        void Offer(string surface, string runway, double h, bool byTolerance)
        {
            if (lowest is null || h < lowest.Value.HeightAmslM)
                lowest = new SurfaceHeight(surface, runway, h, byTolerance);
        }

        var elevation = airport.Airport.ElevationM;
        var (extension, radius) = InnerHorizontal(airport.Airport.CodeNumber);
        foreach (var rw in airport.Runways)
        {
            var d = rw.DistanceToStrip(p, extension);
            // Every outline gives 5 mm in the direction of caution (APPRAISAL.md, second edition, 1): a point within 5 mm outside
            // a surface lies under it, so the lower surface limits it.
            var conicalOuter = radius + _conicalHeight / _conicalSlope;
            if (Within(d, radius))
                Offer("inner_horizontal", rw.Runway.Designator, elevation + _ihHeight, d > radius + Distances.SameM);
            else if (Within(d, conicalOuter))
            {
                var rise = Math.Min(d - radius, conicalOuter - radius) * _conicalSlope;
                Offer("conical", rw.Runway.Designator, elevation + _ihHeight + rise, d > conicalOuter + Distances.SameM);
            }

            // An approach surface in front of each threshold, rising away from the runway.
            if (ApproachHeight(rw.Low, rw.High, rw.Runway.Low.ElevationM, p, toleranceM) is { } low)
                Offer("approach", rw.Runway.Low.Designator, low.HeightM, low.ByTolerance);
            if (ApproachHeight(rw.High, rw.Low, rw.Runway.High.ElevationM, p, toleranceM) is { } high)
                Offer("approach", rw.Runway.High.Designator, high.HeightM, high.ByTolerance);
        }
        return lowest;
    }

    /// <summary>
    /// Each surface's footprint around <paramref name="airport"/>, runway by runway: the inner horizontal surface (arcs about the strip ends joined by tangents, as <see cref="LowestAt"/> reads it, the arcs drawn as chords), the conical
    /// ring beyond it, then the approach trapezoid off the low and off the high threshold. In the airport's metric frame.
    /// </summary>
    public IReadOnlyList<SurfaceFootprint> Footprints(AirportGeometry airport)
    {
        var (extension, radius) = InnerHorizontal(airport.Airport.CodeNumber);
        var conicalOuter = radius + _conicalHeight / _conicalSlope;
        var approachLength = _len1 + _len2 + _lenHorizontal;
        var footprints = new List<SurfaceFootprint>(4 * airport.Runways.Count);
        foreach (var rw in airport.Runways)
        {
            // The same outline as LowestAt: arcs about the strip ends joined by tangents, the conical ring beyond it.
            var (stripLow, stripHigh) = rw.StripEnds(extension);
            var centreLine = Metric.CreateLineString([stripLow, stripHigh]);
            var inner = centreLine.Buffer(radius, QuadrantSegments);
            footprints.Add(new SurfaceFootprint("inner_horizontal", rw.Runway.Designator, inner));
            footprints.Add(
                new SurfaceFootprint("conical", rw.Runway.Designator, centreLine.Buffer(conicalOuter, QuadrantSegments).Difference(inner))
            );
            footprints.Add(new SurfaceFootprint("approach", rw.Runway.Low.Designator, ApproachOutline(rw.Low, rw.High, approachLength)));
            footprints.Add(new SurfaceFootprint("approach", rw.Runway.High.Designator, ApproachOutline(rw.High, rw.Low, approachLength)));
        }
        return footprints;
    }

    /// <summary>The trapezoid in front of <paramref name="threshold"/>, away from <paramref name="far"/>: inner edge at the threshold distance, widening both sides.</summary>
    private Polygon ApproachOutline(Coordinate threshold, Coordinate far, double length)
    {
        var (dx, dy) = (threshold.X - far.X, threshold.Y - far.Y);
        var norm = Math.Sqrt(dx * dx + dy * dy);
        var (ux, uy) = (dx / norm, dy / norm);
        var (nx, ny) = (-uy, ux);
        Coordinate At(double along, double across) => new(threshold.X + ux * along + nx * across, threshold.Y + uy * along + ny * across);
        var half = _innerEdge / 2;
        var farHalf = half + _divergence * length;
        var distance = _thresholdDistance;
        return Metric.CreatePolygon([
            At(distance, -half),
            At(distance, half),
            At(distance + length, farHalf),
            At(distance + length, -farHalf),
            At(distance, -half),
        ]);
    }

    private (double HeightM, bool ByTolerance)? ApproachHeight(
        Coordinate threshold,
        Coordinate otherEnd,
        double thresholdElevationM,
        Coordinate p,
        double toleranceM
    )
    {
        bool Within(double distanceM, double thresholdM) => distanceM <= thresholdM + toleranceM;

        var length = threshold.Distance(otherEnd);
        if (length == 0)
            return null;
        // Unit vector pointing away from the runway, out along the approach.
        var ux = (threshold.X - otherEnd.X) / length;
        var uy = (threshold.Y - otherEnd.Y) / length;
        var cx = threshold.X + ux * _thresholdDistance;
        var cy = threshold.Y + uy * _thresholdDistance;
        var along = (p.X - cx) * ux + (p.Y - cy) * uy;
        var reach = _len1 + _len2 + _lenHorizontal;
        if (!Within(-along, 0) || !Within(along, reach))
            return null;
        var across = Math.Abs(-(p.X - cx) * uy + (p.Y - cy) * ux);
        var halfWidth = _innerEdge / 2 + Math.Max(along, 0) * _divergence;
        if (!Within(across, halfWidth))
            return null;
        var a = Math.Clamp(along, 0, reach);
        var rise = a <= _len1 ? a * _slope1 : _len1 * _slope1 + Math.Min(a - _len1, _len2) * _slope2;
        var byTolerance = along < -Distances.SameM || along > reach + Distances.SameM || across > halfWidth + Distances.SameM;
        return (thresholdElevationM + rise, byTolerance);
    }
}

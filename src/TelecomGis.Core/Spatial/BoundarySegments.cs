using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Spatial;

/// <summary>
/// The segments of an area's rings behind an STR-tree, to answer "is this point on the boundary, within a tolerance?"
/// without allocating: the containment test asks it for every point the exact locator puts just outside.
/// </summary>
internal sealed class BoundarySegments
{
    private readonly PackedRTree<LineSegment> _tree;

    public BoundarySegments(Geometry area)
    {
        var segments = new List<LineSegment>();
        foreach (var ring in NetTopologySuite.Geometries.Utilities.LinearComponentExtracter.GetLines(area).Cast<LineString>())
        {
            var cs = ring.CoordinateSequence;
            for (var i = 1; i < cs.Count; i++)
                segments.Add(new LineSegment(cs.GetCoordinate(i - 1), cs.GetCoordinate(i)));
        }
        // Packed straight into the flat tree, as NetTopologySuite's STRtree (capacity 10) would pack it: the province's coast and
        // every commune's rings are packed while the CLI waits for its plan.
        _tree = PackedRTree<LineSegment>.Pack(segments, seg => new Envelope(seg.P0, seg.P1), nodeCapacity: 10);
    }

    public bool IsWithin(Coordinate p, double toleranceM)
    {
        var visitor = new NearVisitor(p, toleranceM);
        _tree.Query(p.X - toleranceM, p.Y - toleranceM, p.X + toleranceM, p.Y + toleranceM, ref visitor);
        return visitor.Found;
    }

    /// <summary>
    /// The distance from <paramref name="p"/> to the nearest segment, searching squares that widen from <paramref name="firstRadiusM"/>
    /// (every segment within r of the point has a box that meets the square of half-side r). The figure is NetTopologySuite's
    /// <c>IndexedFacetDistance</c>'s, computed the same way segment by segment, without the tree that class builds for the point on
    /// every call.
    /// </summary>
    public double DistanceTo(Coordinate p, double firstRadiusM = 16)
    {
        var bounds = _tree.Bounds;
        if (bounds.IsNull)
            return double.PositiveInfinity;
        var reach = Math.Max(bounds.Width, bounds.Height) + Math.Abs(p.X - bounds.Centre.X) + Math.Abs(p.Y - bounds.Centre.Y);
        for (var r = Math.Max(firstRadiusM, 1); ; r *= 4)
        {
            var visitor = new NearestVisitor(p);
            _tree.Query(p.X - r, p.Y - r, p.X + r, p.Y + r, ref visitor);
            // Beyond the reach the square holds every segment; a NaN point is answered by the last, whole search.
            if (visitor.Best <= r || r >= reach || double.IsNaN(reach))
                return visitor.Best;
        }
    }

    private struct NearestVisitor(Coordinate p) : IPackedVisitor<LineSegment>
    {
        public double Best = double.PositiveInfinity;

        public void Visit(LineSegment item)
        {
            var d = DistanceComputer.PointToSegment(p, item.P0, item.P1);
            if (d < Best)
                Best = d;
        }
    }

    private struct NearVisitor(Coordinate p, double tolerance) : IPackedVisitor<LineSegment>
    {
        public bool Found;

        public void Visit(LineSegment item)
        {
            if (!Found && DistanceComputer.PointToSegment(p, item.P0, item.P1) <= tolerance)
                Found = true;
        }
    }
}

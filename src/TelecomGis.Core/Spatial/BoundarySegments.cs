using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index;
using NetTopologySuite.Index.Strtree;

namespace TelecomGis.Core.Spatial;

/// <summary>
/// The segments of an area's rings behind an STR-tree, to answer "is this point on the boundary, within a tolerance?"
/// without allocating: the containment test asks it for every point the exact locator puts just outside.
/// </summary>
internal sealed class BoundarySegments
{
    private readonly STRtree<LineSegment> _tree = new();

    public BoundarySegments(Geometry area)
    {
        foreach (var ring in NetTopologySuite.Geometries.Utilities.LinearComponentExtracter.GetLines(area).Cast<LineString>())
        {
            var cs = ring.CoordinateSequence;
            for (var i = 1; i < cs.Count; i++)
            {
                var seg = new LineSegment(cs.GetCoordinate(i - 1), cs.GetCoordinate(i));
                _tree.Insert(new Envelope(seg.P0, seg.P1), seg);
            }
        }
        _tree.Build();
    }

    public bool IsWithin(Coordinate p, double toleranceM)
    {
        var visitor = new NearVisitor(p, toleranceM);
        _tree.Query(new Envelope(p.X - toleranceM, p.X + toleranceM, p.Y - toleranceM, p.Y + toleranceM), visitor);
        return visitor.Found;
    }

    private sealed class NearVisitor(Coordinate p, double tolerance) : IItemVisitor<LineSegment>
    {
        public bool Found;

        public void VisitItem(LineSegment item)
        {
            if (!Found && DistanceComputer.PointToSegment(p, item.P0, item.P1) <= tolerance)
                Found = true;
        }
    }
}

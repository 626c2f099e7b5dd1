using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Coverage;

/// <summary>
/// Marks the cells whose centre lies inside a polygon, by scanlines through the row centres (even–odd rule over every ring,
/// so holes fall out): one pass over the edges per row instead of a point-in-polygon test per cell.
/// A centre exactly on an edge counts when the edge is its west side (half-open spans), so adjacent communes never share a cell.
/// </summary>
public static class CellRasterizer
{
    /// <summary>Calls <paramref name="mark"/> with the index of each cell whose centre <paramref name="metricArea"/> contains.</summary>
    public static void Fill(CoverageGrid grid, Geometry metricArea, Action<int> mark)
    {
        for (var i = 0; i < metricArea.NumGeometries; i++)
        {
            if (metricArea.GetGeometryN(i) is Polygon polygon && !polygon.IsEmpty)
                FillPolygon(grid, polygon, mark);
        }
    }

    private static void FillPolygon(CoverageGrid grid, Polygon polygon, Action<int> mark)
    {
        var env = polygon.EnvelopeInternal;
        var rowStart = Math.Max(0, (int)Math.Floor((grid.NorthM - env.MaxY) / grid.ResolutionM));
        var rowEnd = Math.Min(grid.Rows - 1, (int)Math.Ceiling((grid.NorthM - env.MinY) / grid.ResolutionM));
        var rings = new List<Coordinate[]> { polygon.ExteriorRing.Coordinates };
        foreach (var hole in polygon.InteriorRings)
            rings.Add(hole.Coordinates);
        var crossings = new List<double>();
        for (var row = rowStart; row <= rowEnd; row++)
        {
            var y = grid.CentreY(row);
            crossings.Clear();
            foreach (var ring in rings)
            {
                for (var k = 0; k + 1 < ring.Length; k++)
                {
                    var a = ring[k];
                    var b = ring[k + 1];
                    if ((a.Y <= y && y < b.Y) || (b.Y <= y && y < a.Y))
                    {
                        crossings.Add(a.X + (y - a.Y) * (b.X - a.X) / (b.Y - a.Y));
                    }
                }
            }
            crossings.Sort();
            for (var k = 0; k + 1 < crossings.Count; k += 2)
            {
                var from = Math.Max(0, (int)Math.Ceiling((crossings[k] - grid.WestM) / grid.ResolutionM - 0.5));
                var to = Math.Min(grid.Columns, (int)Math.Ceiling((crossings[k + 1] - grid.WestM) / grid.ResolutionM - 0.5));
                for (var c = from; c < to; c++)
                    mark(grid.Index(c, row));
            }
        }
    }
}

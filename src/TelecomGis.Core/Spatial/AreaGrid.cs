using NetTopologySuite.Algorithm;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Spatial;

/// <summary>
/// A raster over an area's envelope that answers "inside or outside?" with one array read for a point far from the boundary,
/// and defers to the exact locator near it. A cell is settled only when no boundary segment comes within <see cref="MarginM"/>
/// of it: its whole rectangle then lies on one side, and every point in it, or rounded into it, is more than any tolerance the
/// rules use (5 mm) from the boundary. Settled cells that share an edge share a side, so each connected group of them is located
/// once, at one cell's centre, with the exact locator: the grid never answers differently from that locator, it answers sooner.
/// </summary>
/// <remarks>
/// Why: the province of Quảng Ninh is a coastline with some two thousand islands. The exact locator counts the ring segments a
/// horizontal ray crosses, hundreds at a latitude of Hạ Long Bay, and was a third of an appraisal's time on the generated mix.
/// </remarks>
internal sealed class AreaGrid
{
    /// <summary>How far the boundary must stay from a settled cell: far above the 5 mm tolerance and any rounding of a cell index.</summary>
    public const double MarginM = 1.0;

    /// <summary>Cells per boundary segment, within <see cref="MinCells"/>…<see cref="MaxCells"/>: most cells of a detailed coast stay settled.</summary>
    private const int CellsPerSegment = 16;
    private const int MinCells = 1024;
    private const int MaxCells = 1 << 20;

    private const sbyte Near = 0,
        Inside = 1,
        Outside = -1;

    private readonly GridFrame _frame;
    private readonly sbyte[] _cells;

    /// <summary>
    /// For each cell the boundary comes near, the ring segments whose box lies over it (compressed rows: the cell's list is
    /// <c>_segments[_first[c].._first[c + 1]]</c>, each segment as its two ends, in the locator's direction).
    /// </summary>
    private int[] _first = [];
    private Coordinate[] _segments = [];

    /// <summary>For each listed segment, the westmost column its box lies over: a row counts a segment once, at that column or the point's.</summary>
    private int[] _westColumn = [];

    private AreaGrid(Envelope env, int nx, int ny)
    {
        _frame = new GridFrame(env, nx, ny);
        _cells = new sbyte[nx * ny];
    }

    /// <summary>The grid of a polygonal geometry; null when it is empty or flat (nothing to gain).</summary>
    public static AreaGrid? Build(Geometry area, IPointOnGeometryLocator locator)
    {
        var env = area.EnvelopeInternal;
        if (area.IsEmpty || !(env.Width > 0 && env.Height > 0) || !double.IsFinite(env.Width) || !double.IsFinite(env.Height))
            return null;
        var rings = NetTopologySuite.Geometries.Utilities.LinearComponentExtracter.GetLines(area).Cast<LineString>().ToList();
        var (grid, near) = Marked(rings, env);
        grid.Settle(near, locator);
        grid.IndexSegments(rings.Where(r => r.IsClosed));
        return grid;
    }

    /// <summary>
    /// The grid over <paramref name="env"/> sized for the rings (<see cref="CellsPerSegment"/>), and the cells some ring segment
    /// comes within <see cref="MarginM"/> of: what <see cref="Build"/> settles around, for one area or for several at once.
    /// </summary>
    internal static (bool[] Near, GridFrame Frame) NearCells(IReadOnlyList<LineString> rings, Envelope env)
    {
        var (grid, near) = Marked(rings, env);
        return (near, grid._frame);
    }

    private static (AreaGrid Grid, bool[] Near) Marked(IReadOnlyList<LineString> rings, Envelope env)
    {
        var segments = 0L;
        foreach (var ring in rings)
            segments += Math.Max(0, ring.NumPoints - 1);
        var cells = (int)Math.Clamp(segments * CellsPerSegment, MinCells, MaxCells);
        var nx = Math.Clamp((int)Math.Ceiling(Math.Sqrt(cells * env.Width / env.Height)), 1, cells);
        var ny = Math.Clamp((cells + nx - 1) / nx, 1, cells);
        var grid = new AreaGrid(env, nx, ny);
        var near = new bool[nx * ny];
        foreach (var ring in rings)
        {
            var cs = ring.CoordinateSequence;
            for (var i = 1; i < cs.Count; i++)
                grid.MarkNear(cs.GetX(i - 1), cs.GetY(i - 1), cs.GetX(i), cs.GetY(i), near);
        }
        return (grid, near);
    }

    /// <summary>Interior or exterior when <paramref name="p"/> lies in a settled cell (and so more than <see cref="MarginM"/> from the boundary); null otherwise.</summary>
    public Location? Locate(Coordinate p)
    {
        if (!_frame.TryCell(p, out var column, out var row))
            return null;
        return _cells[row * _frame.Nx + column] switch
        {
            Inside => Location.Interior,
            Outside => Location.Exterior,
            _ => null,
        };
    }

    /// <summary>
    /// The exact locator's answer (interior, exterior, or boundary when the point lies on a segment) for a point in a cell the
    /// boundary comes near, from that cell's row alone; null off the grid, or where the row holds no settled cell within reach
    /// (the caller then asks the exact locator).
    /// </summary>
    /// <remarks>
    /// The exact locator counts the segments a ray from the point to the east crosses, over the whole width of the area: at the
    /// latitudes of Hạ Long Bay, hundreds. Here the ray stops at the first settled cell to the east, Q on its west edge, whose side
    /// is known and which no segment comes near: the crossings between the point and Q are the difference of the two points' counts
    /// over the segments listed in the cells between them (a segment crossing beyond Q, or listed twice, adds the same to both or an
    /// even number, and the parity is what decides). Each segment is counted by NetTopologySuite's own
    /// <see cref="RayCrossingCounter"/>, with its rules for vertices and horizontal edges, so the answer is the locator's.
    /// </remarks>
    public Location? LocateNear(Coordinate p)
    {
        if (!_frame.TryCell(p, out var ix, out var row))
            return null;
        var end = ix;
        while (end < _frame.Nx && _cells[row * _frame.Nx + end] == Near)
        {
            if (++end - ix > MaxCellsScanned)
                return null;
        }
        var atP = new RayCrossingCounter(p);
        var settledEast = end < _frame.Nx;
        var q = settledEast ? new Coordinate(_frame.MinX + end * _frame.CellW, p.Y) : null;
        var atQ = q is null ? null : new RayCrossingCounter(q);
        for (var c = row * _frame.Nx + ix; c < row * _frame.Nx + end; c++)
        {
            var column = c - row * _frame.Nx;
            for (var k = _first[c]; k < _first[c + 1]; k += 2)
            {
                // A segment over several cells of the row is listed in each: count it once, in the first cell read that lists it.
                if (Math.Max(ix, _westColumn[k / 2]) != column)
                    continue;
                atP.CountSegment(_segments[k], _segments[k + 1]);
                atQ?.CountSegment(_segments[k], _segments[k + 1]);
            }
        }
        if (atP.IsOnSegment)
            return Location.Boundary;
        // East of the grid (no settled cell left in the row) lies outside the area's envelope: no crossing, exterior.
        var odd = (atP.Count - (atQ?.Count ?? 0)) % 2 != 0;
        var eastInside = settledEast && _cells[row * _frame.Nx + end] == Inside;
        return odd != eastInside ? Location.Interior : Location.Exterior;
    }

    /// <summary>
    /// Whether a boundary segment passes within <paramref name="toleranceM"/> (at most the margin) of <paramref name="p"/>, answered
    /// from the point's cell when the point is farther than that from the cell's sides: every segment that near then crosses the
    /// cell, and the cell lists it. Null where the cell cannot say (off the grid, or too near its sides): ask the boundary's tree.
    /// </summary>
    public bool? NearBoundary(Coordinate p, double toleranceM)
    {
        if (!(toleranceM <= MarginM && _frame.TryCell(p, out var ix, out var iy)))
            return null;
        var c = iy * _frame.Nx + ix;
        if (_cells[c] != Near)
            return false;
        // A centimetre more than the tolerance from each side: a nearest point within the tolerance lies well inside the cell.
        var clear = toleranceM + 0.01;
        if (
            !(
                p.X - (_frame.MinX + ix * _frame.CellW) > clear
                && _frame.MinX + (ix + 1) * _frame.CellW - p.X > clear
                && p.Y - (_frame.MinY + iy * _frame.CellH) > clear
                && _frame.MinY + (iy + 1) * _frame.CellH - p.Y > clear
            )
        )
            return null;
        for (var k = _first[c]; k < _first[c + 1]; k += 2)
        {
            if (DistanceComputer.PointToSegment(p, _segments[k], _segments[k + 1]) <= toleranceM)
                return true;
        }
        return false;
    }

    /// <summary>How many cells east a near point's row is read before the exact locator is asked instead.</summary>
    private const int MaxCellsScanned = 64;

    /// <summary>Lists each ring segment in the near cells its box lies over (the box, not the margin: a crossing lies on the segment).</summary>
    private void IndexSegments(IEnumerable<LineString> rings)
    {
        var counts = new int[_cells.Length + 1];
        var all = new List<(Coordinate P0, Coordinate P1)>();
        foreach (var ring in rings)
        {
            var pts = ring.Coordinates;
            for (var i = 1; i < pts.Length; i++)
                all.Add((pts[i - 1], pts[i]));
        }
        // Clamped at both ends: a segment on the envelope's east or north edge lies at column nx or row ny before clamping, and
        // must be listed in the last column or row (a rectangle's east side was missing from its row, found by CoverSetsTests).
        int Column(double x) => Math.Clamp((int)Math.Floor((x - _frame.MinX) / _frame.CellW), 0, _frame.Nx - 1);
        int Row(double y) => Math.Clamp((int)Math.Floor((y - _frame.MinY) / _frame.CellH), 0, _frame.Ny - 1);
        void EachNearCell((Coordinate P0, Coordinate P1) seg, Action<int> action)
        {
            var (ix0, ix1) = (Column(Math.Min(seg.P0.X, seg.P1.X)), Column(Math.Max(seg.P0.X, seg.P1.X)));
            var (iy0, iy1) = (Row(Math.Min(seg.P0.Y, seg.P1.Y)), Row(Math.Max(seg.P0.Y, seg.P1.Y)));
            for (var iy = iy0; iy <= iy1; iy++)
            for (var ix = ix0; ix <= ix1; ix++)
            {
                if (_cells[iy * _frame.Nx + ix] == Near)
                    action(iy * _frame.Nx + ix);
            }
        }
        foreach (var seg in all)
            EachNearCell(seg, c => counts[c + 1] += 2);
        for (var c = 0; c < _cells.Length; c++)
            counts[c + 1] += counts[c];
        var segments = new Coordinate[counts[^1]];
        var westColumn = new int[counts[^1] / 2];
        var next = counts[..^1].ToArray();
        foreach (var seg in all)
        {
            var west = Column(Math.Min(seg.P0.X, seg.P1.X));
            EachNearCell(seg, c =>
            {
                westColumn[next[c] / 2] = west;
                segments[next[c]++] = seg.P0;
                segments[next[c]++] = seg.P1;
            });
        }
        (_first, _segments, _westColumn) = (counts, segments, westColumn);
    }

    /// <summary>The share of cells settled, for the tests.</summary>
    public double SettledShare => _cells.Count(c => c != Near) / (double)_cells.Length;

    /// <summary>Marks every cell that the segment, widened by the margin, may touch.</summary>
    private void MarkNear(double x0, double y0, double x1, double y1, bool[] near)
    {
        var (ix0, ix1) = Span(Math.Min(x0, x1) - MarginM, Math.Max(x0, x1) + MarginM, _frame.MinX, _frame.CellW, _frame.Nx);
        var (iy0, iy1) = Span(Math.Min(y0, y1) - MarginM, Math.Max(y0, y1) + MarginM, _frame.MinY, _frame.CellH, _frame.Ny);
        var small = (ix1 - ix0) <= 1 && (iy1 - iy0) <= 1;
        for (var iy = iy0; iy <= iy1; iy++)
        {
            for (var ix = ix0; ix <= ix1; ix++)
            {
                // A long diagonal segment's box holds many cells it passes far from: test those against the cell itself.
                if (small || Crosses(x0, y0, x1, y1, ix, iy))
                    near[iy * _frame.Nx + ix] = true;
            }
        }
    }

    /// <summary>The cell indices a coordinate range touches, clamped to the grid (a range wholly outside gives an empty span).</summary>
    private static (int From, int To) Span(double lo, double hi, double origin, double size, int count)
    {
        var from = (int)Math.Floor((lo - origin) / size);
        var to = (int)Math.Floor((hi - origin) / size);
        return (Math.Max(0, from), Math.Min(count - 1, to));
    }

    /// <summary>Whether the segment meets the cell's rectangle widened by the margin (Liang–Barsky clipping).</summary>
    private bool Crosses(double x0, double y0, double x1, double y1, int ix, int iy)
    {
        var xmin = _frame.MinX + ix * _frame.CellW - MarginM;
        var xmax = _frame.MinX + (ix + 1) * _frame.CellW + MarginM;
        var ymin = _frame.MinY + iy * _frame.CellH - MarginM;
        var ymax = _frame.MinY + (iy + 1) * _frame.CellH + MarginM;
        double t0 = 0,
            t1 = 1;
        var dx = x1 - x0;
        var dy = y1 - y0;
        return Clip(-dx, x0 - xmin, ref t0, ref t1)
            && Clip(dx, xmax - x0, ref t0, ref t1)
            && Clip(-dy, y0 - ymin, ref t0, ref t1)
            && Clip(dy, ymax - y0, ref t0, ref t1);
    }

    private static bool Clip(double p, double q, ref double t0, ref double t1)
    {
        if (p == 0)
            return q >= 0;
        var r = q / p;
        if (p < 0)
        {
            if (r > t1)
                return false;
            if (r > t0)
                t0 = r;
        }
        else
        {
            if (r < t0)
                return false;
            if (r < t1)
                t1 = r;
        }
        return true;
    }

    /// <summary>Gives each connected group of cells the boundary does not come near the side its first cell's centre lies on.</summary>
    private void Settle(bool[] near, IPointOnGeometryLocator locator) =>
        SettleGroups(
            near,
            _frame.Nx,
            _frame.Ny,
            start =>
                locator.Locate(_frame.Centre(start)) switch
                {
                    Location.Interior => Inside,
                    Location.Exterior => Outside,
                    _ => Near, // on the boundary: cannot happen for a cell the boundary stays away from; if it did, ask the locator always
                },
            (c, side) => _cells[c] = side
        );

    /// <summary>
    /// Gives each connected group (sharing edges) of cells that are not near a value worked out at its first cell, then to every
    /// cell of the group: nothing crosses between them, so what holds at one holds at all.
    /// </summary>
    internal static void SettleGroups<TValue>(bool[] near, int nx, int ny, Func<int, TValue> valueAt, Action<int, TValue> give)
    {
        var stack = new Stack<int>();
        var seen = new bool[near.Length];
        for (var start = 0; start < near.Length; start++)
        {
            if (near[start] || seen[start])
                continue;
            var value = valueAt(start);
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var c = stack.Pop();
                give(c, value);
                var (x, y) = (c % nx, c / nx);
                if (x > 0)
                    Visit(c - 1);
                if (x < nx - 1)
                    Visit(c + 1);
                if (y > 0)
                    Visit(c - nx);
                if (y < ny - 1)
                    Visit(c + nx);
            }
        }

        void Visit(int c)
        {
            if (!near[c] && !seen[c])
            {
                seen[c] = true;
                stack.Push(c);
            }
        }
    }
}

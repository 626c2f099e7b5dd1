using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Spatial;

/// <summary>
/// For a layer of areas that overlap (the plan's zones), a grid whose cells far from every area's boundary list the areas that hold
/// them, in the tree's order: a point in such a cell is answered by one array read, where the tree walk met every overlapping
/// zone's box and asked each zone's own grid (the zones were a quarter of an appraisal on the peer's rules, issue 14, item 5).
/// </summary>
/// <remarks>
/// A cell is settled as in <see cref="AreaGrid"/>: no boundary segment of any area comes within <see cref="AreaGrid.MarginM"/> of
/// it. Settled cells that share an edge are held by the same areas, so each connected group is asked once, at one cell's centre,
/// through the layer's own covering query; every point of the group is then more than the margin from every boundary, so the
/// 5 mm tolerance changes nothing there and each area holds it exactly. Other points go to the tree as before.
/// </remarks>
internal sealed class CoverSets<T>
{
    private readonly GridFrame _frame;

    /// <summary>Per cell, the index of its areas in <see cref="_sets"/>; −1 where a boundary comes near.</summary>
    private readonly int[] _setOfCell;
    private readonly List<IndexedFeature<T>[]> _sets = [];

    private CoverSets(GridFrame frame)
    {
        _frame = frame;
        _setOfCell = new int[frame.Nx * frame.Ny];
    }

    /// <param name="features">The layer's features: every one an area.</param>
    /// <param name="coveringAt">The layer's covering query (the tree's), with whether each area holds the point exactly.</param>
    /// <returns>Null when a feature is not an area, or the layer is empty or flat.</returns>
    public static CoverSets<T>? Build(
        IReadOnlyList<IndexedFeature<T>> features,
        Action<Coordinate, List<(IndexedFeature<T> Feature, bool Exactly)>> coveringAt
    )
    {
        if (features.Count == 0 || features.Any(f => f.Metric is not IPolygonal))
            return null;
        var env = new Envelope();
        foreach (var f in features)
            env.ExpandToInclude(f.Metric.EnvelopeInternal);
        if (!(env.Width > 0 && env.Height > 0) || !double.IsFinite(env.Width) || !double.IsFinite(env.Height))
            return null;
        var rings = features
            .SelectMany(f => NetTopologySuite.Geometries.Utilities.LinearComponentExtracter.GetLines(f.Metric).Cast<LineString>())
            .ToList();
        var (near, frame) = AreaGrid.NearCells(rings, env);
        var grid = new CoverSets<T>(frame);
        Array.Fill(grid._setOfCell, -1);
        grid.Settle(near, coveringAt);
        return grid;
    }

    /// <summary>
    /// Adds the areas that hold <paramref name="p"/> (each exactly) when it lies in a settled cell, in the tree's order, and says so;
    /// false, adding nothing, elsewhere.
    /// </summary>
    public bool TryCovering(Coordinate p, List<(IndexedFeature<T> Feature, bool Exactly)> results)
    {
        if (!_frame.TryCell(p, out var column, out var row))
            return false;
        var set = _setOfCell[row * _frame.Nx + column];
        if (set < 0)
            return false;
        foreach (var area in _sets[set])
            results.Add((area, true));
        return true;
    }

    private void Settle(bool[] near, Action<Coordinate, List<(IndexedFeature<T> Feature, bool Exactly)>> coveringAt)
    {
        var hits = new List<(IndexedFeature<T> Feature, bool Exactly)>();
        AreaGrid.SettleGroups(
            near,
            _frame.Nx,
            _frame.Ny,
            start =>
            {
                hits.Clear();
                coveringAt(_frame.Centre(start), hits);
                // Every area holds a point this far from its boundary exactly; if one did not, the group is left to the tree.
                if (!hits.All(h => h.Exactly))
                    return -1;
                _sets.Add([.. hits.Select(h => h.Feature)]);
                return _sets.Count - 1;
            },
            (c, set) => _setOfCell[c] = set
        );
    }
}

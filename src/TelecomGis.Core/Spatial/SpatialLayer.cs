using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Spatial;

/// <summary>
/// One layer of features in the metric frame behind an STR-tree (Leutenegger et al. 1997), for containment and
/// bounded nearest-neighbour queries. Immutable once built, so safe to query from many threads.
/// </summary>
public sealed class SpatialLayer<T>
{
    private readonly PackedRTree<IndexedFeature<T>> _tree;

    public SpatialLayer(IEnumerable<(T Item, Geometry Metric)> features)
        : this(Index([], features)) { }

    private SpatialLayer(List<IndexedFeature<T>> features, Func<IndexedFeature<T>, int>? rankOf = null, Envelope? reachBounds = null)
    {
        // Packed as NetTopologySuite's STRtree(8) packs the same features (its order decides ties), straight into the flat tree.
        _tree = PackedRTree<IndexedFeature<T>>.Pack(features, f => f.Metric.EnvelopeInternal, NodeCapacity, rankOf);
        _reachBounds = reachBounds ?? _tree.Bounds;
        Features = features;
    }

    /// <summary>The box that bounds <see cref="NearestAnywhere"/>'s reach: the layer's own, or the whole layer's for a subset.</summary>
    private readonly Envelope _reachBounds;

    private const int NodeCapacity = 8;

    /// <summary>
    /// The features that <paramref name="keep"/> accepts, as a layer of their own that answers a nearest search as this layer would
    /// with that filter: the same feature at the same distance, ties to the one first in this layer's order, and the same reach
    /// for <see cref="NearestAnywhere"/>. A rule that searches for the few features open to one carrier and one pole class then
    /// no longer opens every box of the whole layer to reject the others (issue 14, item 5).
    /// </summary>
    public SpatialLayer<T> Subset(Func<T, bool> keep)
    {
        var ranks = new Dictionary<IndexedFeature<T>, int>(ReferenceEqualityComparer.Instance);
        foreach (var (item, rank) in _tree.RankedItems())
            ranks[item] = rank;
        return new SpatialLayer<T>([.. Features.Where(f => keep(f.Item))], f => ranks[f], _reachBounds);
    }

    /// <summary>
    /// This layer's features followed by <paramref name="added"/>: the same layer, tree included, as one built from all of them
    /// in that order, but the features already indexed keep their projected and prepared geometry (a register's sites grow one
    /// dossier at a time, and re-projecting every site for each dossier was most of its intake cost under load, issue 14).
    /// </summary>
    public SpatialLayer<T> With(IEnumerable<(T Item, Geometry Metric)> added) => new(Index([.. Features], added));

    private static List<IndexedFeature<T>> Index(List<IndexedFeature<T>> into, IEnumerable<(T Item, Geometry Metric)> features)
    {
        foreach (var (item, metric) in features)
        {
            if (!metric.IsEmpty)
                into.Add(new IndexedFeature<T>(item, metric));
        }
        return into;
    }

    public IReadOnlyList<IndexedFeature<T>> Features { get; }

    public int Count => Features.Count;

    /// <summary>Adds to <paramref name="results"/> every feature that covers the point.</summary>
    public void Covering(Coordinate p, List<IndexedFeature<T>> results)
    {
        var visitor = new CoveringVisitor(p, results);
        // The envelope grows by the tolerance too: a point within 5 mm outside an area counts as inside it (APPRAISAL.md, second
        // edition, 1), also where that area's envelope does not hold the point.
        var t = Distances.ToleranceM;
        _tree.Query(p.X - t, p.Y - t, p.X + t, p.Y + t, ref visitor);
    }

    /// <summary>
    /// As <see cref="Covering(Coordinate, List{IndexedFeature{T}})"/>, in the same order, with whether each covers the point without
    /// the 5 mm tolerance too (<see cref="IndexedFeature{T}.CoversExactly"/>).
    /// </summary>
    public void Covering(Coordinate p, List<(IndexedFeature<T> Feature, bool Exactly)> results)
    {
        if (CoverSets()?.TryCovering(p, results) != true)
            CoveringByTree(p, results);
    }

    /// <summary>Built at the first such query: only the zones are asked it, for every appraisal.</summary>
    private CoverSets<T>? CoverSets()
    {
        if (Volatile.Read(ref _coverSetsBuilt))
            return _coverSets;
        // Two threads may both build it; they build the same grid, and either may be kept.
        _coverSets = Spatial.CoverSets<T>.Build(Features, CoveringByTree);
        Volatile.Write(ref _coverSetsBuilt, true);
        return _coverSets;
    }

    private CoverSets<T>? _coverSets;
    private bool _coverSetsBuilt;

    private void CoveringByTree(Coordinate p, List<(IndexedFeature<T> Feature, bool Exactly)> results)
    {
        var visitor = new CoveringExactlyVisitor(p, results);
        var t = Distances.ToleranceM;
        _tree.Query(p.X - t, p.Y - t, p.X + t, p.Y + t, ref visitor);
    }

    /// <summary>Every feature that covers the point (allocates; prefer the list overload on hot paths).</summary>
    public List<IndexedFeature<T>> Covering(Coordinate p)
    {
        var list = new List<IndexedFeature<T>>();
        Covering(p, list);
        return list;
    }

    /// <summary>
    /// Every feature whose envelope meets <paramref name="envelope"/>: the candidates for a geometry-against-geometry question
    /// (an intersection, a length inside), in the tree's order.
    /// </summary>
    public IList<IndexedFeature<T>> Meeting(Envelope envelope)
    {
        var visitor = new MeetingVisitor([]);
        _tree.Query(envelope, ref visitor);
        return visitor.Results;
    }

    /// <summary>
    /// The nearest feature within <paramref name="maxDistanceM"/> that satisfies <paramref name="accept"/>, with its distance;
    /// null when there is none. Distances are planar metres, ties go to the first indexed.
    /// </summary>
    public (IndexedFeature<T> Feature, double DistanceM)? Nearest(Coordinate p, double maxDistanceM, Func<T, bool>? accept = null)
    {
        // Best first: the same feature as a search of the square of that reach in the tree's order (ties to the first), sooner.
        var scorer = new NearestScorer(p, accept);
        return _tree.Nearest(p.X, p.Y, maxDistanceM, ref scorer, out var best, out var distance) ? (best, distance) : null;
    }

    /// <summary>
    /// The nearest accepted feature at any distance (within <paramref name="maxDistanceM"/>), ties to the first in the tree's
    /// order. <paramref name="firstRadiusM"/> was where a search of widening squares began; the answer never depended on it.
    /// </summary>
    public (IndexedFeature<T> Feature, double DistanceM)? NearestAnywhere(
        Coordinate p,
        Func<T, bool>? accept = null,
        double firstRadiusM = 500,
        double maxDistanceM = double.PositiveInfinity
    )
    {
        if (double.IsNaN(firstRadiusM) || double.IsNaN(maxDistanceM))
            throw new ArgumentOutOfRangeException(nameof(firstRadiusM), "A search radius must be a number.");
        if (Count == 0)
            return null;
        var bounds = _reachBounds;
        // Every feature lies within the layer's box, so within the point's distance to that box plus its diagonal: the reach holds
        // them all. (It used to be the box's longer side, which left out a lone accepted feature in the box's far corner.)
        var limit = Math.Min(
            maxDistanceM,
            Math.Sqrt(bounds.Width * bounds.Width + bounds.Height * bounds.Height) + EnvelopeDistance(bounds, p) + 1
        );
        // Best first, ties to the first in the tree's order, without searching inner squares again at every step (issue 14, item 5).
        var scorer = new NearestScorer(p, accept);
        return _tree.Nearest(p.X, p.Y, limit, ref scorer, out var best, out var distance) ? (best, distance) : null;
    }

    private readonly struct NearestScorer(Coordinate p, Func<T, bool>? accept) : IPackedScorer<IndexedFeature<T>>
    {
        public bool TryScore(IndexedFeature<T> item, out double distance)
        {
            distance = 0;
            if (accept is not null && !accept(item.Item))
                return false;
            distance = item.DistanceTo(p);
            return true;
        }
    }

    /// <summary>Adds every accepted feature within <paramref name="distanceM"/> of the point, with its distance.</summary>
    public void WithinDistance(
        Coordinate p,
        double distanceM,
        List<(IndexedFeature<T> Feature, double DistanceM)> results,
        Func<T, bool>? accept = null
    )
    {
        var visitor = new WithinVisitor(p, distanceM, accept, results);
        var reach = distanceM + Distances.ToleranceM;
        _tree.Query(p.X - reach, p.Y - reach, p.X + reach, p.Y + reach, ref visitor);
    }

    private readonly struct MeetingVisitor(List<IndexedFeature<T>> results) : IPackedVisitor<IndexedFeature<T>>
    {
        public List<IndexedFeature<T>> Results => results;

        public void Visit(IndexedFeature<T> item) => results.Add(item);
    }

    private readonly struct CoveringVisitor(Coordinate p, List<IndexedFeature<T>> results) : IPackedVisitor<IndexedFeature<T>>
    {
        public void Visit(IndexedFeature<T> item)
        {
            if (item.Covers(p))
                results.Add(item);
        }
    }

    private readonly struct CoveringExactlyVisitor(Coordinate p, List<(IndexedFeature<T>, bool)> results)
        : IPackedVisitor<IndexedFeature<T>>
    {
        public void Visit(IndexedFeature<T> item)
        {
            var (covers, exactly) = item.CoversWithAndWithoutTolerance(p);
            if (covers)
                results.Add((item, exactly));
        }
    }

    private static double EnvelopeDistance(Envelope e, Coordinate p)
    {
        var dx = Math.Max(0, Math.Max(e.MinX - p.X, p.X - e.MaxX));
        var dy = Math.Max(0, Math.Max(e.MinY - p.Y, p.Y - e.MaxY));
        return Math.Sqrt(dx * dx + dy * dy);
    }

    private readonly struct WithinVisitor(Coordinate p, double max, Func<T, bool>? accept, List<(IndexedFeature<T>, double)> results)
        : IPackedVisitor<IndexedFeature<T>>
    {
        public void Visit(IndexedFeature<T> item)
        {
            if (accept is not null && !accept(item.Item))
                return;
            var d = item.DistanceTo(p);
            if (Distances.Within(d, max))
                results.Add((item, d));
        }
    }
}

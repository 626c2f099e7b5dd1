using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace TelecomGis.Core.Spatial;

/// <summary>Receives the items a <see cref="PackedRTree{T}"/> query meets; a struct, so a query neither allocates nor dispatches.</summary>
internal interface IPackedVisitor<in T>
{
    void Visit(T item);
}

/// <summary>Scores an item for <see cref="PackedRTree{T}.Nearest"/>: false to pass it over, else its exact distance (at least its box's).</summary>
internal interface IPackedScorer<in T>
{
    bool TryScore(T item, out double distance);
}

/// <summary>
/// Each thread's queue for <see cref="PackedRTree{T}.Nearest"/>. Outside the generic class: a thread-static field of a generic
/// type shared by reference types is found through the type's runtime dictionary on every access.
/// </summary>
internal static class NearestQueue
{
    [ThreadStatic]
    private static PriorityQueue<int, double>? t_queue;

    public static PriorityQueue<int, double> ForThisThread() => t_queue ??= new PriorityQueue<int, double>();
}

/// <summary>
/// A built STR-tree copied into one flat array of boxes (Leutenegger et al. 1997; the layout Flatbush and FlatGeobuf use), queried
/// depth first with a struct visitor. NetTopologySuite's tree walks its nodes through interfaces, boxed bounds and an enumerator
/// allocated per node visited: on the generated mix its queries were most of an appraisal's time (issue 14, item 5). The copy keeps
/// the tree's nodes and their order, so a query meets the same items in the same order as NetTopologySuite's
/// <c>Query</c> would: which of two equally near features is named does not change.
/// </summary>
internal sealed partial class PackedRTree<T>
{
    private readonly Entry[] _entries;
    private readonly T[] _items;

    /// <summary>Each item's place in the depth-first order a query visits them in: among equally near items, the first wins.</summary>
    private readonly int[] _rank;

    /// <summary>One node or item: its box; a node's children are the entries <c>[First, First + Count)</c>, an item has Count −1.</summary>
    private struct Entry
    {
        public double MinX,
            MinY,
            MaxX,
            MaxY;
        public int First,
            Count;
    }

    /// <summary>
    /// Copies <paramref name="tree"/>, which it builds if it is not yet built: the reference <see cref="Pack"/> is held to in the
    /// tests (the layers themselves are packed directly).
    /// </summary>
    public PackedRTree(STRtree<T> tree)
    {
        var entries = new List<Entry>();
        var items = new List<T>();
        if (!tree.IsEmpty)
        {
            var root = tree.Root;
            entries.Add(Box(root.Bounds, 0, 0));
            // Breadth first, so that each node's children lie side by side; the query still visits them depth first, as NTS does.
            var queue = new Queue<(AbstractNode<Envelope, T> Node, int At)>();
            queue.Enqueue((root, 0));
            while (queue.Count > 0)
            {
                var (node, at) = queue.Dequeue();
                var children = node.ChildBoundables;
                var first = entries.Count;
                foreach (var child in children)
                {
                    if (child is AbstractNode<Envelope, T> inner)
                    {
                        queue.Enqueue((inner, entries.Count));
                        entries.Add(Box(inner.Bounds, 0, 0));
                    }
                    else
                    {
                        var item = (ItemBoundable<Envelope, T>)child;
                        entries.Add(Box(item.Bounds, items.Count, -1));
                        items.Add(item.Item);
                    }
                }
                var e = entries[at];
                e.First = first;
                e.Count = children.Count;
                entries[at] = e;
            }
        }
        _entries = [.. entries];
        _items = [.. items];
        (_rank, Bounds) = Ranked(null, tree.IsEmpty ? new Envelope() : new Envelope(tree.Root.Bounds));
    }

    private PackedRTree(Entry[] entries, T[] items, Envelope bounds, Func<T, int>? rankOf)
    {
        _entries = entries;
        _items = items;
        (_rank, Bounds) = Ranked(rankOf, bounds);
    }

    /// <summary>Each item's rank (the depth-first order unless <paramref name="rankOf"/> gives one), with the bounds it keeps.</summary>
    private (int[] Rank, Envelope Bounds) Ranked(Func<T, int>? rankOf, Envelope bounds)
    {
        var rank = new int[_items.Length];
        if (rankOf is not null)
        {
            for (var i = 0; i < _items.Length; i++)
                rank[i] = rankOf(_items[i]);
        }
        else if (_entries.Length > 0)
        {
            var next = 0;
            Rank(rank, 0, ref next);
        }
        return (rank, bounds);
    }

    /// <summary>The box of every item (a null envelope when empty).</summary>
    public Envelope Bounds { get; }

    /// <summary>
    /// Visits every item whose box meets the search box (edges included), in the tree's depth-first order. A box whose minimum
    /// exceeds its maximum meets nothing, as the null envelope NTS's <c>ExpandBy</c> makes of it.
    /// </summary>
    public void Query<TVisitor>(double minX, double minY, double maxX, double maxY, ref TVisitor visitor)
        where TVisitor : struct, IPackedVisitor<T>
    {
        if (minX > maxX || minY > maxY || _entries.Length == 0 || !Meets(in _entries[0], minX, minY, maxX, maxY))
            return;
        Visit(0, minX, minY, maxX, maxY, ref visitor);
    }

    /// <summary>Visits every item whose box meets <paramref name="search"/> (nothing for a null envelope, as NTS).</summary>
    public void Query<TVisitor>(Envelope search, ref TVisitor visitor)
        where TVisitor : struct, IPackedVisitor<T>
    {
        if (!search.IsNull)
            Query(search.MinX, search.MinY, search.MaxX, search.MaxY, ref visitor);
    }

    /// <summary>Whether <paramref name="other"/> is laid out box for box and item for item as this tree (for the tests).</summary>
    internal bool SameLayoutAs(PackedRTree<T> other) =>
        _entries.AsSpan().SequenceEqual(other._entries)
        && _items.SequenceEqual(other._items)
        && _rank.AsSpan().SequenceEqual(other._rank)
        && Bounds.Equals(other.Bounds);

    /// <summary>Every item with its rank among equally near items (the depth-first order unless another was given).</summary>
    public IEnumerable<(T Item, int Rank)> RankedItems() => _items.Select((item, i) => (item, _rank[i]));

    private void Rank(int[] rank, int node, ref int next)
    {
        var parent = _entries[node];
        for (var i = parent.First; i < parent.First + parent.Count; i++)
        {
            if (_entries[i].Count < 0)
                rank[_entries[i].First] = next++;
            else
                Rank(rank, i, ref next);
        }
    }

    /// <summary>
    /// The accepted item nearest (x, y) within <paramref name="maxDistance"/> plus the 5 mm tolerance, by exact distance and then
    /// by the depth-first order (the item a query visits first): what a depth-first search of the square of that reach would keep.
    /// Best first (Hjaltason and Samet 1999): boxes are opened in order of their distance, and the search stops when the next box
    /// is farther than the best item found.
    /// </summary>
    public bool Nearest<TScorer>(double x, double y, double maxDistance, ref TScorer scorer, out T best, out double bestDistance)
        where TScorer : struct, IPackedScorer<T>
    {
        best = default!;
        bestDistance = double.PositiveInfinity;
        var bestRank = int.MaxValue;
        var reach = maxDistance + Distances.ToleranceM;
        if (_entries.Length == 0 || !(BoxDistance(in _entries[0], x, y) <= reach))
            return false;
        var queue = NearestQueue.ForThisThread();
        queue.Clear();
        queue.Enqueue(0, BoxDistance(in _entries[0], x, y));
        while (queue.TryDequeue(out var at, out var boxDistance))
        {
            // A box's distance is a lower bound of its items' exact distances; the slack keeps an item whose exact distance
            // rounds a hair below its box's, and an item as near as the best (which may come first in the tree's order).
            if (boxDistance > Slack(bestDistance))
                break;
            ref readonly var e = ref _entries[at];
            for (var i = e.First; i < e.First + e.Count; i++)
            {
                ref readonly var child = ref _entries[i];
                var childDistance = BoxDistance(in child, x, y);
                if (!(childDistance <= reach && childDistance <= Slack(bestDistance)))
                    continue;
                if (child.Count >= 0)
                {
                    queue.Enqueue(i, childDistance);
                    continue;
                }
                // An item is scored as soon as its box may hold the answer: it costs what queueing it would, and the best found
                // early prunes more boxes.
                var rank = _rank[child.First];
                if (
                    scorer.TryScore(_items[child.First], out var d)
                    && d <= reach
                    && (d < bestDistance || (d == bestDistance && rank < bestRank))
                )
                {
                    (best, bestDistance, bestRank) = (_items[child.First], d, rank);
                }
            }
        }
        queue.Clear();
        return bestRank != int.MaxValue;
    }

    private static double Slack(double d) => d + 1e-9 * (1 + d);

    // SpatialLayer's envelope distance: the same formula, so a point's box distance is its exact distance.
    private static double BoxDistance(in Entry e, double x, double y)
    {
        var dx = Math.Max(0, Math.Max(e.MinX - x, x - e.MaxX));
        var dy = Math.Max(0, Math.Max(e.MinY - y, y - e.MaxY));
        return Math.Sqrt(dx * dx + dy * dy);
    }

    private void Visit<TVisitor>(int node, double minX, double minY, double maxX, double maxY, ref TVisitor visitor)
        where TVisitor : struct, IPackedVisitor<T>
    {
        ref readonly var parent = ref _entries[node];
        var end = parent.First + parent.Count;
        for (var i = parent.First; i < end; i++)
        {
            ref readonly var e = ref _entries[i];
            if (!Meets(in e, minX, minY, maxX, maxY))
                continue;
            if (e.Count < 0)
                visitor.Visit(_items[e.First]);
            else
                Visit(i, minX, minY, maxX, maxY, ref visitor);
        }
    }

    // Envelope.Intersects: closed boxes. A null envelope is stored as an empty interval (min +∞, max −∞) and meets nothing.
    private static bool Meets(in Entry e, double minX, double minY, double maxX, double maxY) =>
        !(minX > e.MaxX || maxX < e.MinX || minY > e.MaxY || maxY < e.MinY);

    private static Entry Box(Envelope env, int first, int count)
    {
        var empty = env is null || env.IsNull;
        return new Entry
        {
            MinX = empty ? double.PositiveInfinity : env!.MinX,
            MinY = empty ? double.PositiveInfinity : env!.MinY,
            MaxX = empty ? double.NegativeInfinity : env!.MaxX,
            MaxY = empty ? double.NegativeInfinity : env!.MaxY,
            First = first,
            Count = count,
        };
    }
}

using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace TelecomGis.Core.Spatial;

/// <summary>Receives the items a <see cref="PackedRTree{T}"/> query meets; a struct, so a query neither allocates nor dispatches.</summary>
internal interface IPackedVisitor<in T>
{
    void Visit(T item);
}

/// <summary>
/// A built STR-tree copied into one flat array of boxes (Leutenegger et al. 1997; the layout Flatbush and FlatGeobuf use), queried
/// depth first with a struct visitor. NetTopologySuite's tree walks its nodes through interfaces, boxed bounds and an enumerator
/// allocated per node visited: on the generated mix its queries were most of an appraisal's time (issue 14, item 5). The copy keeps
/// the tree's nodes and their order, so a query meets the same items in the same order as NetTopologySuite's
/// <c>Query</c> would: which of two equally near features is named does not change.
/// </summary>
internal sealed class PackedRTree<T>
{
    private readonly Entry[] _entries;
    private readonly T[] _items;

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

    /// <summary>Copies <paramref name="tree"/>, which it builds if it is not yet built.</summary>
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
        Bounds = tree.IsEmpty ? new Envelope() : new Envelope(tree.Root.Bounds);
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

    private static Entry Box(Envelope env, int first, int count) =>
        env is null || env.IsNull
            ? new Entry
            {
                MinX = double.PositiveInfinity,
                MinY = double.PositiveInfinity,
                MaxX = double.NegativeInfinity,
                MaxY = double.NegativeInfinity,
                First = first,
                Count = count,
            }
            : new Entry
            {
                MinX = env.MinX,
                MinY = env.MinY,
                MaxX = env.MaxX,
                MaxY = env.MaxY,
                First = first,
                Count = count,
            };
}

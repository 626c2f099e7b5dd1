using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Spatial;

/// <summary>
/// Sort-Tile-Recursive packing straight into the flat layout, giving the tree NetTopologySuite's <c>STRtree</c> would build from
/// the same items in the same order, node for node. The packing order decides which of two equally near features a rule names,
/// so it must not change. Building NetTopologySuite's tree and copying it allocated an object per item and per node and sorted
/// through interfaces. A register's sites are packed again for every dossier received, so the intake's cost grew with the
/// pending proposals (issue 14, item 6).
/// </summary>
/// <remarks>
/// NetTopologySuite 2.6's order, as <c>PackedRTreeTests</c> holds against the library itself. Each level is sorted by the
/// centres' x with <c>List.Sort</c>, which is not stable, so the same sort is used here on the same order of the same keys. The
/// sorted list is cut into ⌈√⌈n / capacity⌉⌉ vertical slices of ⌈n / slices⌉. Each slice is sorted stably by the centres' y
/// and cut into nodes of the capacity. A node's box is the union of its children's (<c>Envelope.ExpandToInclude</c>). Levels
/// are added until one node is left.
/// </remarks>
internal sealed partial class PackedRTree<T>
{
    /// <summary>The tree <c>new STRtree(nodeCapacity)</c> holds after inserting each item with its envelope and building.</summary>
    /// <param name="envelopeOf">An item's box; an item with a null envelope is left out, as <c>STRtree.Insert</c> leaves it.</param>
    public static PackedRTree<T> Pack(IReadOnlyList<T> items, Func<T, Envelope> envelopeOf, int nodeCapacity, Func<T, int>? rankOf = null)
    {
        if (nodeCapacity < 2)
            throw new ArgumentOutOfRangeException(nameof(nodeCapacity), "A node holds at least two children.");
        var kept = new List<T>(items.Count);
        var itemBoxes = new List<PackBox>(items.Count);
        foreach (var item in items)
        {
            var e = envelopeOf(item);
            if (e is null || e.IsNull)
                continue;
            kept.Add(item);
            itemBoxes.Add(new PackBox(e.MinX, e.MinY, e.MaxX, e.MaxY));
        }
        if (kept.Count == 0)
            return new PackedRTree<T>([], [], new Envelope(), rankOf);

        var nodes = new List<Node>(kept.Count / (nodeCapacity - 1) + 4);
        var children = new List<int>(kept.Count + kept.Count / (nodeCapacity - 1) + 4);
        // A level's boundables by reference: item indices on the first level, node indices above it.
        var level = new int[kept.Count];
        for (var i = 0; i < level.Length; i++)
            level[i] = i;
        var boxesOfLevel = itemBoxes;
        var itemsLevel = true;
        while (true)
        {
            var parents = ParentsOf(level, boxesOfLevel, itemsLevel, nodeCapacity, nodes, children);
            if (parents.Count == 1)
                return Layout(parents[0], nodes, children, kept, itemBoxes, rankOf);
            level = [.. parents];
            boxesOfLevel = nodes.ConvertAll(n => n.Box);
            itemsLevel = false;
        }
    }

    private readonly record struct PackBox(double MinX, double MinY, double MaxX, double MaxY)
    {
        public double CentreX => (MinX + MaxX) / 2d;
        public double CentreY => (MinY + MaxY) / 2d;

        /// <summary><c>Envelope.ExpandToInclude</c>: a bound moves only when the other is strictly beyond it.</summary>
        public PackBox Including(PackBox o) =>
            new(o.MinX < MinX ? o.MinX : MinX, o.MinY < MinY ? o.MinY : MinY, o.MaxX > MaxX ? o.MaxX : MaxX, o.MaxY > MaxY ? o.MaxY : MaxY);
    }

    /// <param name="FirstChild">Where its children start in the children list.</param>
    /// <param name="ItemChildren">Whether its children are items (the first level of nodes) or nodes.</param>
    private readonly record struct Node(PackBox Box, int FirstChild, int ChildCount, bool ItemChildren);

    /// <summary>NetTopologySuite's <c>STRtree.CreateParentBoundables</c> for one level.</summary>
    private static List<int> ParentsOf(
        int[] level,
        List<PackBox> boxes,
        bool itemChildren,
        int capacity,
        List<Node> nodes,
        List<int> children
    )
    {
        var n = level.Length;
        var minLeafCount = (int)Math.Ceiling(n / (double)capacity);
        // The centres once, by reference: the sorts compare them n log n times.
        var centreX = new double[boxes.Count];
        var centreY = new double[boxes.Count];
        foreach (var r in level)
            (centreX[r], centreY[r]) = (boxes[r].CentreX, boxes[r].CentreY);
        var byX = new List<int>(level);
        byX.Sort(Comparer<int>.Create((a, b) => centreX[a].CompareTo(centreX[b])));
        var sliceCount = (int)Math.Ceiling(Math.Sqrt(minLeafCount));
        var sliceCapacity = (int)Math.Ceiling(n / (double)sliceCount);
        var parents = new List<int>(minLeafCount + sliceCount);
        var slice = new List<(int Ref, int At)>(sliceCapacity);
        for (int j = 0, next = 0; j < sliceCount; j++)
        {
            slice.Clear();
            for (var k = 0; k < sliceCapacity && next < n; k++, next++)
                slice.Add((byX[next], k));
            if (slice.Count == 0)
                throw new InvalidOperationException("An empty vertical slice: NetTopologySuite's packing would fail here too.");
            // LINQ's OrderBy, which NetTopologySuite uses for the y order, is stable: equal centres keep their order.
            slice.Sort(
                (a, b) =>
                {
                    var c = centreY[a.Ref].CompareTo(centreY[b.Ref]);
                    return c != 0 ? c : a.At.CompareTo(b.At);
                }
            );
            for (var start = 0; start < slice.Count; start += capacity)
            {
                var count = Math.Min(capacity, slice.Count - start);
                var box = boxes[slice[start].Ref];
                var first = children.Count;
                for (var k = start; k < start + count; k++)
                {
                    box = box.Including(boxes[slice[k].Ref]);
                    children.Add(slice[k].Ref);
                }
                parents.Add(nodes.Count);
                nodes.Add(new Node(box, first, count, itemChildren));
            }
        }
        return parents;
    }

    /// <summary>The flat layout of the tree under <paramref name="root"/>, as the copy of NetTopologySuite's tree lays it out.</summary>
    private static PackedRTree<T> Layout(
        int root,
        List<Node> nodes,
        List<int> children,
        List<T> items,
        List<PackBox> itemBoxes,
        Func<T, int>? rankOf
    )
    {
        var entries = new List<Entry>(nodes.Count + items.Count);
        var laidOut = new List<T>(items.Count);
        entries.Add(EntryOf(nodes[root].Box, 0, 0));
        // Breadth first, so that each node's children lie side by side; queries still visit them depth first.
        var queue = new Queue<(int Node, int At)>();
        queue.Enqueue((root, 0));
        while (queue.Count > 0)
        {
            var (at, slot) = queue.Dequeue();
            var node = nodes[at];
            var first = entries.Count;
            for (var k = node.FirstChild; k < node.FirstChild + node.ChildCount; k++)
            {
                var child = children[k];
                if (node.ItemChildren)
                {
                    entries.Add(EntryOf(itemBoxes[child], laidOut.Count, -1));
                    laidOut.Add(items[child]);
                }
                else
                {
                    queue.Enqueue((child, entries.Count));
                    entries.Add(EntryOf(nodes[child].Box, 0, 0));
                }
            }
            var e = entries[slot];
            e.First = first;
            e.Count = node.ChildCount;
            entries[slot] = e;
        }
        var b = nodes[root].Box;
        return new PackedRTree<T>([.. entries], [.. laidOut], new Envelope(b.MinX, b.MaxX, b.MinY, b.MaxY), rankOf);
    }

    private static Entry EntryOf(PackBox b, int first, int count) =>
        new()
        {
            MinX = b.MinX,
            MinY = b.MinY,
            MaxX = b.MaxX,
            MaxY = b.MaxY,
            First = first,
            Count = count,
        };
}

using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Tests.Spatial;

/// <summary>
/// The packed copy must answer as NetTopologySuite's tree does, item for item and in the same order: the order decides which of
/// two equally near features a rule names, and a register replay compares whole builds.
/// </summary>
public class PackedRTreeTests
{
    private struct Collect(List<int> into) : IPackedVisitor<int>
    {
        public readonly void Visit(int item) => into.Add(item);
    }

    private static List<int> Packed(PackedRTree<int> tree, Envelope search)
    {
        var found = new List<int>();
        var visitor = new Collect(found);
        tree.Query(search, ref visitor);
        return found;
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(7, 8)]
    [InlineData(500, 8)]
    [InlineData(5000, 10)]
    public void Meets_the_same_items_in_the_same_order_as_the_tree_it_copies(int count, int nodeCapacity)
    {
        var random = new Random(count);
        var nts = new STRtree<int>(nodeCapacity);
        for (var i = 0; i < count; i++)
        {
            // Points, segments and boxes, many on a coarse grid so that centres tie and the packing's sort order matters.
            var x = Math.Round(random.NextDouble() * 100) * 10;
            var y = Math.Round(random.NextDouble() * 100) * 10;
            var w = i % 3 == 0 ? 0 : random.NextDouble() * 40;
            var h = i % 5 == 0 ? 0 : random.NextDouble() * 40;
            nts.Insert(new Envelope(x, x + w, y, y + h), i);
        }
        nts.Build();
        var packed = new PackedRTree<int>(nts);

        for (var q = 0; q < 2000; q++)
        {
            var x = random.NextDouble() * 1100 - 50;
            var y = random.NextDouble() * 1100 - 50;
            var r = q % 10 == 0 ? 0 : random.NextDouble() * 120;
            var search = new Envelope(x - r, x + r, y - r, y + r);
            Assert.Equal(nts.Query(search), Packed(packed, search));
        }
        // A query on an item's exact edge meets it (closed boxes), as NTS's.
        var edge = new Envelope(10, 10, 10, 10);
        Assert.Equal(nts.Query(edge), Packed(packed, edge));
        Assert.Equal(nts.Query(new Envelope(-1e9, 1e9, -1e9, 1e9)).Count, count);
        Assert.Equal(count, Packed(packed, new Envelope(-1e9, 1e9, -1e9, 1e9)).Count);
    }

    [Fact]
    public void An_empty_tree_a_null_search_and_an_inverted_box_meet_nothing()
    {
        var empty = new PackedRTree<int>(new STRtree<int>());
        Assert.Empty(Packed(empty, new Envelope(0, 1, 0, 1)));
        Assert.True(empty.Bounds.IsNull);

        var tree = new STRtree<int>();
        tree.Insert(new Envelope(0, 10, 0, 10), 1);
        var packed = new PackedRTree<int>(tree);
        Assert.Empty(Packed(packed, new Envelope()));
        var found = new List<int>();
        var visitor = new Collect(found);
        // What ExpandBy by a negative distance leaves: a minimum above the maximum, which NTS turns into a null envelope.
        packed.Query(6, 6, 4, 4, ref visitor);
        Assert.Empty(found);
        packed.Query(5, 5, 5, 5, ref visitor);
        Assert.Equal([1], found);
        Assert.Equal(new Envelope(0, 10, 0, 10), packed.Bounds);
    }

    [Theory]
    [InlineData(0, 8)]
    [InlineData(1, 8)]
    [InlineData(2, 2)]
    [InlineData(8, 8)]
    [InlineData(9, 8)]
    [InlineData(65, 8)]
    [InlineData(500, 8)]
    [InlineData(4096, 8)]
    [InlineData(20_000, 8)]
    [InlineData(3000, 10)]
    public void Packs_the_tree_NetTopologySuite_builds_node_for_node(int count, int nodeCapacity)
    {
        foreach (var grid in new[] { 1.0, 10.0, 1000.0 })
        {
            // Coarse grids make many centres equal in x or in y, where the packing's sorts (one not stable) decide the order.
            var random = new Random(count + (int)grid);
            var boxes = new List<Envelope>();
            for (var i = 0; i < count; i++)
            {
                var x = Math.Round(random.NextDouble() * 100 * 10 / grid) * grid;
                var y = Math.Round(random.NextDouble() * 100 * 10 / grid) * grid;
                var w = i % 3 == 0 ? 0 : random.NextDouble() * 40;
                var h = i % 5 == 0 ? 0 : Math.Round(random.NextDouble() * 4) * 10;
                // Now and then an empty envelope, which NetTopologySuite's tree leaves out.
                boxes.Add(i % 97 == 13 ? new Envelope() : new Envelope(x, x + w, y, y + h));
            }
            var nts = new STRtree<int>(nodeCapacity);
            for (var i = 0; i < count; i++)
                nts.Insert(boxes[i], i);
            nts.Build();
            var copied = new PackedRTree<int>(nts);
            var packed = PackedRTree<int>.Pack([.. Enumerable.Range(0, count)], i => boxes[i], nodeCapacity);
            Assert.True(packed.SameLayoutAs(copied), $"{count} items, capacity {nodeCapacity}, grid {grid}");
        }
    }
}

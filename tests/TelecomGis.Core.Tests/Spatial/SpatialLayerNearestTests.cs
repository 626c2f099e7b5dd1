using NetTopologySuite.Geometries;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Tests.Spatial;

/// <summary>
/// The nearest searches are best first now; they must name the feature a search of the tree's squares named (the nearest, ties to
/// the first in the tree's depth-first order), for points and areas, with and without a filter, bounded or not.
/// </summary>
public class SpatialLayerNearestTests
{
    private static readonly GeometryFactory Factory = new();

    /// <summary>
    /// The answer by brute force: every accepted feature's distance in the tree's order (what a search of the square walked), the
    /// first of the nearest kept, within the limit the widening squares stopped at.
    /// </summary>
    private static (IndexedFeature<int> Feature, double DistanceM)? Widening(
        SpatialLayer<int> layer,
        Coordinate p,
        Func<int, bool>? accept,
        double maxDistanceM
    )
    {
        var all = layer
            .Features.Select(f => f.Metric.EnvelopeInternal)
            .Aggregate(new Envelope(), (a, e) =>
            {
                a.ExpandToInclude(e);
                return a;
            });
        var dx = Math.Max(0, Math.Max(all.MinX - p.X, p.X - all.MaxX));
        var dy = Math.Max(0, Math.Max(all.MinY - p.Y, p.Y - all.MaxY));
        var limit = Math.Min(maxDistanceM, Math.Sqrt(all.Width * all.Width + all.Height * all.Height) + Math.Sqrt(dx * dx + dy * dy) + 1);
        return Within(layer, p, limit, accept);
    }

    /// <summary>
    /// 400 points (or, with <paramref name="areas"/>, every other one a polygon round it) on a coarse grid, so that many lie at
    /// exactly the same distance from a query point, and some twice at one place.
    /// </summary>
    private static SpatialLayer<int> OnACoarseGrid(Random random, bool areas)
    {
        var features = new List<(int, Geometry)>();
        for (var i = 0; i < 400; i++)
        {
            var c = new Coordinate(Math.Round(random.NextDouble() * 40) * 500, Math.Round(random.NextDouble() * 40) * 500);
            Geometry g = areas && i % 2 == 0 ? Factory.CreatePoint(c).Buffer(50 + random.Next(4) * 100, 4) : Factory.CreatePoint(c);
            features.Add((i, g));
        }
        return new SpatialLayer<int>(features);
    }

    /// <summary>The bounded search, by brute force in the tree's order.</summary>
    private static (IndexedFeature<int> Feature, double DistanceM)? Within(
        SpatialLayer<int> layer,
        Coordinate p,
        double max,
        Func<int, bool>? accept
    )
    {
        (IndexedFeature<int> Feature, double DistanceM)? best = null;
        foreach (var f in layer.Meeting(new Envelope(-1e12, 1e12, -1e12, 1e12)))
        {
            if (accept is not null && !accept(f.Item))
                continue;
            var d = f.DistanceTo(p);
            if (Distances.Within(d, max) && (best is null || d < best.Value.DistanceM))
                best = (f, d);
        }
        return best;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Names_the_feature_the_widening_squares_named(bool areas)
    {
        var random = new Random(areas ? 8 : 9);
        var layer = OnACoarseGrid(random, areas);
        Func<int, bool>?[] filters = [null, i => i % 3 == 0, i => i == 17, _ => false];
        var compared = 0;
        for (var q = 0; q < 3000; q++)
        {
            var p =
                q % 5 == 0
                    ? new Coordinate(Math.Round(random.NextDouble() * 40) * 500 + 250, Math.Round(random.NextDouble() * 40) * 500)
                    : new Coordinate(random.NextDouble() * 60_000 - 20_000, random.NextDouble() * 60_000 - 20_000);
            var accept = filters[q % filters.Length];
            var max = q % 7 == 0 ? 800 : double.PositiveInfinity;
            var expected = Widening(layer, p, accept, max);
            var actual = layer.NearestAnywhere(p, accept, maxDistanceM: max);
            Assert.Equal(expected?.Feature.Item, actual?.Feature.Item);
            Assert.Equal(expected?.DistanceM, actual?.DistanceM);
            var radius = q % 3 == 0 ? 0.004 : random.NextDouble() * 3_000;
            var bounded = Within(layer, p, radius, accept);
            var found = layer.Nearest(p, radius, accept);
            Assert.Equal(bounded?.Feature.Item, found?.Feature.Item);
            Assert.Equal(bounded?.DistanceM, found?.DistanceM);
            compared += expected is null ? 0 : 1;
        }
        Assert.True(compared > 1500, $"{compared} found");
    }

    [Fact]
    public void A_lone_accepted_feature_in_the_far_corner_of_the_layer_is_found()
    {
        // The box is 100 m square; from the near corner the far one is 141 m away, beyond the box's longer side.
        var layer = new SpatialLayer<int>([
            (1, Factory.CreatePoint(new Coordinate(0, 0))),
            (2, Factory.CreatePoint(new Coordinate(100, 100))),
        ]);
        var found = layer.NearestAnywhere(new Coordinate(0, 0), i => i == 2);
        Assert.Equal(2, found?.Feature.Item);
        Assert.Equal(Math.Sqrt(2) * 100, found!.Value.DistanceM, 9);
        // A bound the caller sets still bounds it.
        Assert.Null(layer.NearestAnywhere(new Coordinate(0, 0), i => i == 2, maxDistanceM: 120));
    }

    [Fact]
    public void Two_features_at_one_place_the_first_indexed_wins_and_an_empty_layer_finds_nothing()
    {
        var layer = new SpatialLayer<int>([
            (1, Factory.CreatePoint(new Coordinate(100, 100))),
            (2, Factory.CreatePoint(new Coordinate(100, 100))),
        ]);
        Assert.Equal(
            layer.Nearest(new Coordinate(0, 0), 1000)!.Value.Feature.Item,
            layer.NearestAnywhere(new Coordinate(0, 0))!.Value.Feature.Item
        );
        Assert.Null(new SpatialLayer<int>([]).NearestAnywhere(new Coordinate(0, 0)));
        Assert.Null(layer.NearestAnywhere(new Coordinate(double.NaN, 0)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_subset_names_what_the_whole_layer_names_with_the_same_filter(bool areas)
    {
        var random = new Random(areas ? 18 : 19);
        // Many ties and several features at one place, so the whole layer's order must decide.
        var layer = OnACoarseGrid(random, areas);
        Func<int, bool>[] keeps = [i => i % 3 == 0, i => i % 7 < 2, i => i < 20, _ => false];
        Func<int, bool>?[] extras = [null, i => i % 2 == 0];
        var found = 0;
        foreach (var keep in keeps)
        {
            var subset = layer.Subset(keep);
            Assert.Equal(layer.Features.Count(f => keep(f.Item)), subset.Count);
            for (var q = 0; q < 1500; q++)
            {
                var p =
                    q % 5 == 0
                        ? new Coordinate(Math.Round(random.NextDouble() * 40) * 500 + 250, Math.Round(random.NextDouble() * 40) * 500)
                        // Far out too: the reach of a search anywhere is the whole layer's, not the subset's smaller box.
                        : new Coordinate(random.NextDouble() * 120_000 - 50_000, random.NextDouble() * 120_000 - 50_000);
                var extra = extras[q % extras.Length];
                bool Whole(int i) => keep(i) && (extra is null || extra(i));
                var max = q % 7 == 0 ? 800 : double.PositiveInfinity;
                var expected = layer.NearestAnywhere(p, Whole, maxDistanceM: max);
                var actual = subset.NearestAnywhere(p, extra, maxDistanceM: max);
                Assert.Equal(expected?.Feature.Item, actual?.Feature.Item);
                Assert.Equal(expected?.DistanceM, actual?.DistanceM);
                var radius = q % 3 == 0 ? 0.004 : random.NextDouble() * 3_000;
                var bounded = layer.Nearest(p, radius, Whole);
                var inSubset = subset.Nearest(p, radius, extra);
                Assert.Equal(bounded?.Feature.Item, inSubset?.Feature.Item);
                Assert.Equal(bounded?.DistanceM, inSubset?.DistanceM);
                found += expected is null ? 0 : 1;
            }
        }
        Assert.True(found > 2000, $"{found} found");
    }
}

using NetTopologySuite.Geometries;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Tests.Spatial;

/// <summary>
/// The zones that hold a point, read from the grid of zone sets, must be the tree's answer: the same zones, in the same order,
/// each with whether it holds the point without the 5 mm tolerance, also on and just off every boundary.
/// </summary>
public class CoverSetsTests
{
    private static readonly GeometryFactory Factory = new();

    private static SpatialLayer<int> OverlappingAreas()
    {
        var random = new Random(103);
        var features = new List<(int, Geometry)>();
        for (var i = 0; i < 60; i++)
        {
            var c = new Coordinate(random.NextDouble() * 20_000, random.NextDouble() * 20_000);
            Geometry g = (i % 3) switch
            {
                0 => Factory.CreatePoint(c).Buffer(500 + random.NextDouble() * 4_000, 6),
                1 => Factory.ToGeometry(new Envelope(c.X, c.X + random.NextDouble() * 8_000, c.Y, c.Y + random.NextDouble() * 3_000)),
                _ => Factory.CreatePoint(c).Buffer(3_000).Difference(Factory.CreatePoint(c).Buffer(1_000)), // a ring with a hole
            };
            features.Add((i, g));
        }
        // Two identical areas: their order is the tree's.
        features.Add((60, Factory.ToGeometry(new Envelope(5_000, 9_000, 5_000, 9_000))));
        features.Add((61, Factory.ToGeometry(new Envelope(5_000, 9_000, 5_000, 9_000))));
        return new SpatialLayer<int>(features);
    }

    private static List<(int, bool)> Expected(SpatialLayer<int> layer, Coordinate p) =>
        [.. layer.Covering(p).Select(f => (f.Item, f.CoversExactly(p)))];

    private static List<(int, bool)> Actual(SpatialLayer<int> layer, Coordinate p)
    {
        var hits = new List<(IndexedFeature<int> Feature, bool Exactly)>();
        layer.Covering(p, hits);
        return [.. hits.Select(h => (h.Feature.Item, h.Exactly))];
    }

    [Fact]
    public void Random_points_and_points_on_and_off_every_boundary_get_the_trees_answer()
    {
        var layer = OverlappingAreas();
        var random = new Random(5);
        var held = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var p = new Coordinate(random.NextDouble() * 32_000 - 4_000, random.NextDouble() * 32_000 - 4_000);
            var expected = Expected(layer, p);
            Assert.Equal(expected, Actual(layer, p));
            // And the tree's answer is the geometry's (a rectangle's east side once went missing from the rows' lists).
            Assert.Equal(
                layer.Features.Where(f => f.Metric.Distance(Factory.CreatePoint(p)) <= Distances.ToleranceM).Select(f => f.Item).Order(),
                expected.Select(e => e.Item1).Order()
            );
            held += expected.Count > 1 ? 1 : 0;
        }
        Assert.True(held > 5_000, $"{held} points held by two areas or more");
        foreach (var f in layer.Features)
        {
            foreach (var ring in NetTopologySuite.Geometries.Utilities.LinearComponentExtracter.GetLines(f.Metric).Cast<LineString>())
            {
                var cs = ring.Coordinates;
                for (var i = 1; i < cs.Length; i += 2)
                {
                    var (a, b) = (cs[i - 1], cs[i]);
                    foreach (var off in new[] { 0, 0.003, -0.003, 0.006, 0.9, 1.5 })
                    {
                        var p = new Coordinate((a.X + b.X) / 2 + off, (a.Y + b.Y) / 2 - off);
                        Assert.Equal(Expected(layer, p), Actual(layer, p));
                    }
                }
            }
        }
    }
}

using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Tests.Spatial;

/// <summary>
/// The grid in front of the exact point-in-area locator never answers differently from it: wherever it settles a point, the
/// locator says the same and the boundary is more than the margin away; elsewhere it defers.
/// </summary>
public class AreaGridTests
{
    private static readonly GeometryFactory Factory = new();

    /// <summary>A jagged coast of 2,000 vertices with a bay, a lake (a hole) and forty islands, in metres.</summary>
    private static Geometry Coast()
    {
        var random = new Random(14);
        var shell = new List<Coordinate>();
        for (var i = 0; i < 2000; i++)
        {
            var a = 2 * Math.PI * i / 2000;
            var r = 40_000 + 6_000 * Math.Sin(7 * a) + random.NextDouble() * 1_500;
            shell.Add(new Coordinate(r * Math.Cos(a), 0.6 * r * Math.Sin(a)));
        }
        shell.Add(shell[0]);
        var lake = new[]
        {
            new Coordinate(-5000, -3000),
            new Coordinate(-5000, 3000),
            new Coordinate(2000, 0),
            new Coordinate(-5000, -3000),
        };
        var parts = new List<Polygon> { Factory.CreatePolygon(Factory.CreateLinearRing([.. shell]), [Factory.CreateLinearRing(lake)]) };
        for (var i = 0; i < 40; i++)
        {
            var c = new Coordinate(50_000 + random.NextDouble() * 20_000, -20_000 + random.NextDouble() * 40_000);
            var size = 50 + random.NextDouble() * 900;
            parts.Add((Polygon)Factory.CreatePoint(c).Buffer(size, 3));
        }
        return Factory.CreateMultiPolygon([.. parts]).Union();
    }

    [Fact]
    public void Every_settled_point_is_located_as_the_exact_locator_locates_it_and_far_from_the_boundary()
    {
        var area = Coast();
        var locator = new IndexedPointInAreaLocator(area);
        var grid = AreaGrid.Build(area, locator)!;
        var distance = new IndexedFacetDistance(area.Boundary);
        var env = area.EnvelopeInternal;
        var random = new Random(5899);
        var settled = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var p = new Coordinate(
                env.MinX - 1000 + random.NextDouble() * (env.Width + 2000),
                env.MinY - 1000 + random.NextDouble() * (env.Height + 2000)
            );
            if (grid.Locate(p) is not { } side)
                continue;
            settled++;
            Assert.Equal(locator.Locate(p), side);
            Assert.True(distance.Distance(Factory.CreatePoint(p)) > AreaGrid.MarginM - 1e-6, $"settled {p} near the boundary");
        }
        Assert.True(settled > 150_000, $"only {settled} of 200,000 points settled");
        Assert.True(grid.SettledShare > 0.8, $"settled share {grid.SettledShare:P1}");
    }

    [Fact]
    public void Points_on_or_just_off_the_boundary_are_never_settled()
    {
        var area = Coast();
        var grid = AreaGrid.Build(area, new IndexedPointInAreaLocator(area))!;
        foreach (var ring in NetTopologySuite.Geometries.Utilities.LinearComponentExtracter.GetLines(area).Cast<LineString>())
        {
            var cs = ring.Coordinates;
            for (var i = 1; i < cs.Length; i++)
            {
                var (a, b) = (cs[i - 1], cs[i]);
                foreach (var t in new[] { 0, 0.5, 1 })
                {
                    var on = new Coordinate(a.X + t * (b.X - a.X), a.Y + t * (b.Y - a.Y));
                    Assert.Null(grid.Locate(on));
                    // 4 mm off the segment on either side: within the 5 mm tolerance, which only the exact path can judge.
                    var (nx, ny) = (-(b.Y - a.Y), b.X - a.X);
                    var len = Math.Sqrt(nx * nx + ny * ny);
                    if (len == 0)
                        continue;
                    Assert.Null(grid.Locate(new Coordinate(on.X + 0.004 * nx / len, on.Y + 0.004 * ny / len)));
                    Assert.Null(grid.Locate(new Coordinate(on.X - 0.004 * nx / len, on.Y - 0.004 * ny / len)));
                }
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Near_the_boundary_the_row_answers_as_the_exact_locator_vertex_edge_and_a_hair_off(bool grid45)
    {
        // The coast, or a square grid of axis-parallel and horizontal edges (the ray's special cases: vertices on the ray,
        // horizontal edges through the point), with points on every vertex, on edges, and 1 µm, 1 mm and 30 cm off them.
        Geometry area = grid45
            ? Factory.CreateMultiPolygon([
                Factory.CreatePolygon([new(0, 0), new(1000, 0), new(1000, 1000), new(0, 1000), new(0, 0)]),
                Factory.CreatePolygon([new(2000, 0), new(3000, 500), new(2000, 1000), new(2500, 500), new(2000, 0)]),
                Factory.CreatePolygon([
                    new(0, 2000),
                    new(500, 2000),
                    new(500, 2500),
                    new(1000, 2500),
                    new(1000, 3000),
                    new(0, 3000),
                    new(0, 2000),
                ]),
            ])
            : Coast();
        var locator = new IndexedPointInAreaLocator(area);
        var grid = AreaGrid.Build(area, locator)!;
        var random = new Random(grid45 ? 45 : 2033);
        int answered = 0,
            boundary = 0;
        void Check(Coordinate p)
        {
            if (grid.Locate(p) is not null)
                return;
            var near = grid.LocateNear(p);
            if (near is null)
                return;
            answered++;
            boundary += near == Location.Boundary ? 1 : 0;
            Assert.True(locator.Locate(p) == near, $"{p}: locator {locator.Locate(p)}, row {near}");
        }
        foreach (var ring in NetTopologySuite.Geometries.Utilities.LinearComponentExtracter.GetLines(area).Cast<LineString>())
        {
            var cs = ring.Coordinates;
            for (var i = 1; i < cs.Length; i++)
            {
                var (a, b) = (cs[i - 1], cs[i]);
                Check(a.Copy());
                foreach (var t in new[] { 0.25, 0.5, random.NextDouble() })
                {
                    var on = new Coordinate(a.X + t * (b.X - a.X), a.Y + t * (b.Y - a.Y));
                    Check(on);
                    foreach (var off in new[] { 1e-6, 1e-3, 0.3 })
                    {
                        Check(new Coordinate(on.X + off, on.Y));
                        Check(new Coordinate(on.X - off, on.Y));
                        Check(new Coordinate(on.X, on.Y + off));
                        Check(new Coordinate(on.X, on.Y - off));
                    }
                }
                // Level with a vertex: the ray runs through it.
                Check(new Coordinate(a.X - 3.7, a.Y));
            }
        }
        var env = area.EnvelopeInternal;
        for (var i = 0; i < 50_000; i++)
            Check(new Coordinate(env.MinX + random.NextDouble() * env.Width, env.MinY + random.NextDouble() * env.Height));
        Assert.True(answered > 5_000, $"only {answered} near points answered by the row");
        Assert.True(boundary > 100, $"only {boundary} points on the boundary");
    }

    [Fact]
    public void Near_the_boundary_the_cell_says_what_the_segments_tree_says_about_the_tolerance()
    {
        var area = Coast();
        var grid = AreaGrid.Build(area, new IndexedPointInAreaLocator(area))!;
        var segments = new BoundarySegments(area);
        var random = new Random(5);
        int answered = 0,
            within = 0;
        foreach (var ring in NetTopologySuite.Geometries.Utilities.LinearComponentExtracter.GetLines(area).Cast<LineString>())
        {
            var cs = ring.Coordinates;
            for (var i = 1; i < cs.Length; i++)
            {
                var (a, b) = (cs[i - 1], cs[i]);
                var (nx, ny) = (-(b.Y - a.Y), b.X - a.X);
                var len = Math.Sqrt(nx * nx + ny * ny);
                if (len == 0)
                    continue;
                foreach (var off in new[] { 0, 1e-6, 0.004, 0.00499, 0.00501, 0.006, 0.5, 3 })
                {
                    var t = random.NextDouble();
                    var sign = random.Next(2) * 2 - 1;
                    var p = new Coordinate(a.X + t * (b.X - a.X) + sign * off * nx / len, a.Y + t * (b.Y - a.Y) + sign * off * ny / len);
                    foreach (var tolerance in new[] { Distances.ToleranceM, Distances.SameM })
                    {
                        if (grid.NearBoundary(p, tolerance) is not { } near)
                            continue;
                        answered++;
                        within += near ? 1 : 0;
                        Assert.True(segments.IsWithin(p, tolerance) == near, $"{p} at {off} m, tolerance {tolerance}: cell {near}");
                    }
                }
            }
        }
        Assert.True(answered > 20_000 && within > 5_000, $"{answered} answered, {within} within");
    }

    [Fact]
    public void Covering_with_and_without_the_tolerance_at_once_answers_as_the_two_tests()
    {
        var area = Coast();
        var feature = new IndexedFeature<string>("coast", area);
        var random = new Random(11);
        var both = 0;
        foreach (var ring in NetTopologySuite.Geometries.Utilities.LinearComponentExtracter.GetLines(area).Cast<LineString>())
        {
            var cs = ring.Coordinates;
            for (var i = 1; i < cs.Length; i += 3)
            {
                var (a, b) = (cs[i - 1], cs[i]);
                var (nx, ny) = (-(b.Y - a.Y), b.X - a.X);
                var len = Math.Sqrt(nx * nx + ny * ny);
                if (len == 0)
                    continue;
                foreach (var off in new[] { 0, 5e-7, 2e-6, 0.004, 0.006, 2 })
                {
                    var sign = random.Next(2) * 2 - 1;
                    var t = random.NextDouble();
                    var p = new Coordinate(a.X + t * (b.X - a.X) + sign * off * nx / len, a.Y + t * (b.Y - a.Y) + sign * off * ny / len);
                    var (covers, exactly) = feature.CoversWithAndWithoutTolerance(p);
                    Assert.Equal(feature.Covers(p), covers);
                    Assert.Equal(feature.CoversExactly(p), exactly);
                    both += covers && !exactly ? 1 : 0;
                }
            }
        }
        Assert.True(both > 100, $"{both} points held only by the tolerance");
    }

    [Fact]
    public void A_long_diagonal_edge_leaves_the_cells_it_passes_far_from_settled()
    {
        // A triangle whose long sides cross the whole envelope: their boxes hold every cell, their lines only a few.
        var triangle = Factory.CreatePolygon([new(0, 0), new(100_000, 100_000), new(0, 40_000), new(0, 0)]);
        var locator = new IndexedPointInAreaLocator(triangle);
        var grid = AreaGrid.Build(triangle, locator)!;
        Assert.True(grid.SettledShare > 0.8, $"settled share {grid.SettledShare:P1}");
        Assert.Equal(Location.Exterior, grid.Locate(new Coordinate(90_000, 10_000)));
        Assert.Equal(Location.Interior, grid.Locate(new Coordinate(20_000, 36_000)));
        Assert.Equal(Location.Interior, locator.Locate(new Coordinate(20_000, 36_000)));
    }

    [Fact]
    public void Points_outside_the_envelope_and_not_a_number_are_left_to_the_locator()
    {
        var area = Factory.CreatePolygon([new(0, 0), new(10, 0), new(10, 10), new(0, 10), new(0, 0)]);
        var grid = AreaGrid.Build(area, new IndexedPointInAreaLocator(area))!;
        Assert.Null(grid.Locate(new Coordinate(-5, 5)));
        Assert.Null(grid.Locate(new Coordinate(double.NaN, 5)));
        Assert.Null(grid.Locate(new Coordinate(5, double.PositiveInfinity)));
        Assert.Null(AreaGrid.Build(Factory.CreatePolygon(), new IndexedPointInAreaLocator(Factory.CreatePolygon())));
    }

    [Fact]
    public void An_areas_distance_is_NetTopologySuites_to_the_last_bit_inside_the_lake_by_the_islands_and_far_out()
    {
        // IndexedFeature measures from its boundary segments instead of IndexedFacetDistance (which built a tree for the point on
        // every call): the same segments, the same formula, so the same double.
        var area = Coast();
        var feature = new IndexedFeature<string>("coast", area);
        var reference = new IndexedFacetDistance(area);
        var env = area.EnvelopeInternal;
        var random = new Random(6960);
        var outside = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var spread = i % 4 == 0 ? 200_000 : 2_000;
            var p = new Coordinate(
                env.MinX - spread + random.NextDouble() * (env.Width + 2 * spread),
                env.MinY - spread + random.NextDouble() * (env.Height + 2 * spread)
            );
            var expected = area.Covers(Factory.CreatePoint(p)) ? 0 : reference.Distance(Factory.CreatePoint(p));
            outside += expected > 0 ? 1 : 0;
            Assert.Equal(expected, feature.DistanceTo(p));
        }
        Assert.True(outside > 5_000, $"{outside} points outside");
        // In the lake (a hole): outside the area, measured to the lake's shore.
        var lake = new Coordinate(-3000, 0);
        Assert.Equal(reference.Distance(Factory.CreatePoint(lake)), feature.DistanceTo(lake));
        Assert.True(feature.DistanceTo(lake) > 0);
    }
}

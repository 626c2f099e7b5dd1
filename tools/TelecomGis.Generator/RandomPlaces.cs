using Bogus;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace TelecomGis.Generator;

/// <summary>Seeded random points inside areas, by rejection within the envelope.</summary>
public static class RandomPlaces
{
    // The same commune is sampled thousands of times; indexing it once makes that cheap.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Geometry, IndexedPointInAreaLocator> Locators = new();

    /// <summary>A uniformly random point in the area (in degrees, which is near enough to uniform over a commune).</summary>
    public static Coordinate PointIn(Randomizer random, Geometry area, Func<Coordinate, bool>? accept = null)
    {
        var locator = Locators.GetValue(area, a => new IndexedPointInAreaLocator(a));
        var env = area.EnvelopeInternal;
        for (var attempt = 0; attempt < 20_000; attempt++)
        {
            var c = new Coordinate(random.Double(env.MinX, env.MaxX), random.Double(env.MinY, env.MaxY));
            if (locator.Locate(c) == Location.Interior && (accept is null || accept(c)))
                return c;
        }
        throw new InvalidOperationException("No acceptable random point found in the area; the constraints leave no room.");
    }

    /// <summary>
    /// A random point of the area within the radius of a centre; widens the radius when the area barely reaches it
    /// (a published commune centre may sit at the edge of its generalised polygon, or on an island).
    /// </summary>
    public static Coordinate PointNear(
        Randomizer random,
        DrawingFrame frame,
        Geometry area,
        Coordinate centre,
        double radiusM,
        Func<Coordinate, bool>? accept = null
    )
    {
        for (var r = radiusM; r < radiusM * 64; r *= 2)
        {
            var region = area.Intersection(frame.Circle(centre, r));
            if (region.Area > 0)
            {
                try
                {
                    return PointIn(random, region, accept);
                }
                catch (InvalidOperationException)
                {
                    // The constraints rule out this region; try a wider one.
                }
            }
        }
        return PointIn(random, area, accept);
    }

    /// <summary>Picks an index with probability proportional to its weight.</summary>
    public static int Weighted(Randomizer random, IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var x = random.Double(0, total);
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0)
                return i;
        }
        return weights.Count - 1;
    }
}

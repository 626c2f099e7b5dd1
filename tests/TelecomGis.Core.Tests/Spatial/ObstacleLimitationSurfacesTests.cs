using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using TelecomGis.Core.Spatial;
using TelecomGis.Core.Tests.Appraisal;

namespace TelecomGis.Core.Tests.Spatial;

/// <summary>The surfaces' footprints are the areas where <see cref="ObstacleLimitationSurfaces.LowestAt"/> finds a surface.</summary>
public class ObstacleLimitationSurfacesTests
{
    // The toy plan's runway 09/27 runs from (−2 000, −8 000) to (1 000, −8 000); inner horizontal radius 4 000 m, conical to
    // 6 000 m (100 m at 5 %), approaches 15 000 m long from 60 m beyond each threshold, 300 m wide there, diverging 15 %.
    private static readonly PlanIndex Index = new ToyPlan().Engine().Index;
    private static readonly AirportGeometry Airport = Index.Airports[0];
    private static readonly IReadOnlyList<SurfaceFootprint> Footprints = Index.ObstacleSurfaces.Footprints(Airport);

    private static Coordinate At(double x, double y) => new(ToyPlan.OriginE + x, ToyPlan.OriginN + y);

    [Fact]
    public void EachRunwayHasAnInnerHorizontalAConicalAndTwoApproachFootprints()
    {
        Assert.Equal(
            [("inner_horizontal", "09/27"), ("conical", "09/27"), ("approach", "09"), ("approach", "27")],
            Footprints.Select(f => (f.Surface, f.RunwayDesignator))
        );
        Assert.All(Footprints, f => Assert.True(f.Outline.IsValid));
    }

    [Fact]
    public void TheInnerHorizontalFootprintIsDrawnRoundTheStripEnds()
    {
        var inner = Footprints[0].Outline;
        // Arcs about the strip ends (the runway ends extended 60 m, second edition 8) joined by tangents: π r² + 2 r (L + 120),
        // less the chords of a 32-segment quarter circle (about 0.16 %).
        Assert.Equal(Math.PI * 4000 * 4000 + 2 * 4000 * (3000 + 120), inner.Area, 0.002 * inner.Area);
        Assert.True(inner.Covers(new Point(At(-500, -8000 + 3990))));
        Assert.False(inner.Covers(new Point(At(-500, -8000 + 4010))));
    }

    [Fact]
    public void TheConicalFootprintIsTheRingBeyondIt()
    {
        var conical = Footprints[1].Outline;
        Assert.False(conical.Covers(new Point(At(-500, -8000 + 3000))));
        Assert.True(conical.Covers(new Point(At(-500, -8000 + 5000))));
        Assert.False(conical.Covers(new Point(At(-500, -8000 + 6010))));
    }

    [Fact]
    public void TheApproachFootprintWidensAwayFromItsThreshold()
    {
        var west = Footprints[2].Outline;
        var env = west.EnvelopeInternal;
        Assert.Equal(-2000 - 60 - 15000, env.MinX - ToyPlan.OriginE, 6);
        Assert.Equal(-2000 - 60, env.MaxX - ToyPlan.OriginE, 6);
        Assert.Equal(2 * (150 + 0.15 * 15000), env.Height, 6);
    }

    [Fact]
    public void APointIsUnderASurfaceExactlyWhereAFootprintCoversIt()
    {
        // On a 250 m grid over the airport's reach, away from the outlines' chords (5 m), LowestAt and the footprints agree.
        var union = PreparedGeometryFactory.Prepare(Footprints.Select(f => f.Outline).Aggregate((a, b) => a.Union(b)));
        var boundary = Footprints.Select(f => f.Outline.Boundary).Aggregate((a, b) => a.Union(b));
        var checkedPoints = 0;
        for (var x = -20000.0; x <= 20000; x += 250)
        {
            for (var y = -16000.0; y <= 0; y += 250)
            {
                var p = new Point(At(x, y));
                if (boundary.IsWithinDistance(p, 5))
                    continue;
                Assert.Equal(union.Covers(p), Index.ObstacleSurfaces.LowestAt(Airport, p.Coordinate) is not null);
                checkedPoints++;
            }
        }
        Assert.True(checkedPoints > 10000);
    }
}

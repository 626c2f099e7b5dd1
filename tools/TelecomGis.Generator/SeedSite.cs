using NetTopologySuite.Geometries;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;

namespace TelecomGis.Generator;

/// <summary>
/// The worked example of the product: a new 33 m A2b tower at Móng Cái (lon 107.97826, lat 21.53008) must come out
/// "needs consultation": inside a military area and nothing that fails. The generator keeps the synthetic layers
/// clear of it and checks the result, so a change of seed cannot silently break the example.
/// </summary>
public static class SeedSite
{
    public static readonly Coordinate Location = new(107.97826, 21.53008);
    public const double HeightM = 33;
    public const PoleClass Class = PoleClass.A2b;

    /// <summary>No existing site within this radius: more than the A2b spacing (500 m outside urban zones).</summary>
    public const double SiteFreeRadiusM = 600;

    /// <summary>Throws when the plan would not give the seed site a consultation verdict.</summary>
    public static void Verify(ProvincePlan plan, DrawingFrame frame)
    {
        var point = new Point(Location) { SRID = 4326 };
        Require(plan.Province.Boundary.Covers(point), "lies outside the province");
        Require(
            plan.Communes.Any(c =>
                c.Validity.To is null && c.Name.StartsWith("Móng Cái", StringComparison.Ordinal) && c.Boundary.Covers(point)
            ),
            "is not in a 2025 Móng Cái commune"
        );
        Require(
            plan.RestrictedAreas.Any(a => a.Effect == RestrictionEffect.Consult && a.Kind == "military" && a.Geometry.Covers(point)),
            "is in no military area"
        );
        foreach (var a in plan.RestrictedAreas.Where(a => a.Effect == RestrictionEffect.Prohibit))
            Require(!frame.ToMetres(a.Geometry).IsWithinDistance(frame.ToMetres(point), a.BufferM), $"is inside prohibited area {a.Id}");
        foreach (var z in plan.Zones.Where(z => !z.Geometry.IsEmpty && z.Geometry.Covers(point)))
        {
            Require(
                z.AllowedClasses.Contains(Class) && z.MaxHeightM >= HeightM && !z.RequiresPlannedPosition && !z.RequiresCamouflage,
                $"is in zone {z.Id}, which would fail it"
            );
        }
        var nearest = plan.Sites.Min(s => frame.DistanceM(s.Location.Coordinate, Location));
        Require(nearest > SiteFreeRadiusM, $"has an existing site {nearest:F0} m away");
        foreach (var a in plan.Airports)
            Require(frame.DistanceM(a.Location.Coordinate, Location) > 20_000, $"is within 20 km of {a.Icao}");
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
            throw new InvalidOperationException($"The seed site at {Location.X}, {Location.Y} {problem}.");
    }
}

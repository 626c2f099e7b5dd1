using NetTopologySuite.Geometries;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Planning;

/// <summary>
/// An area of the plan with its own constraints on new structures (heritage and tourist areas, squares, the 200 m around
/// headquarters, designated streets: A1 only; urban main streets: A2a; rural, coastal and open land: A2b).
/// </summary>
/// <param name="Id">Unique id, e.g. "Z-HALONG-BAY".</param>
/// <param name="Kind">heritage, tourist, square, headquarters, designated_street, urban_main_street, urban, rural, coastal or open.</param>
/// <param name="AllowedClasses">The pole classes a new structure may have here.</param>
/// <param name="MaxHeightM">The highest structure allowed, metres above ground (above the roof for rooftop classes).</param>
/// <param name="RequiresCamouflage">Whether a new structure must be A1 and camouflaged (rule R06).</param>
/// <param name="RequiresPlannedPosition">Whether a new structure must stand at a planned position (rule R08).</param>
/// <param name="IsUrban">Whether urban distances apply (planned-position tolerance, spacing).</param>
/// <param name="Geometry">The zone's area in WGS 84.</param>
public sealed record PlanZone(
    string Id,
    string Name,
    string Kind,
    PoleClassSet AllowedClasses,
    double MaxHeightM,
    bool RequiresCamouflage,
    bool RequiresPlannedPosition,
    bool IsUrban,
    Geometry Geometry
);

using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Appraisal;

/// <summary>
/// A site a carrier proposes, already validated at the edge: WGS 84 location, a known pole class, a sane height.
/// </summary>
/// <param name="Row">1-based row in the submitted file (0 for a single submission).</param>
/// <param name="HeightM">Structure height above ground, or above the roof for rooftop classes (A1a, A2a).</param>
/// <param name="BuildingHeightM">For rooftop classes, the building's height above ground.</param>
/// <param name="GroundElevationM">Ground elevation above mean sea level, when the carrier gives it.</param>
/// <param name="SharesSiteId">The existing site the equipment goes onto instead of a new structure.</param>
/// <param name="DeclaredCommuneCode">The commune the carrier says the site is in.</param>
public sealed record ProposedSite(
    int Row,
    string Carrier,
    string SiteCode,
    double LonDeg,
    double LatDeg,
    PoleClass PoleClass,
    double HeightM,
    bool Camouflaged,
    string? SharesSiteId = null,
    double? BuildingHeightM = null,
    double? GroundElevationM = null,
    string? DeclaredCommuneCode = null,
    IReadOnlyList<Sector>? Sectors = null
)
{
    /// <summary>Top of the structure above natural ground: the figure Decree 32/2016 and the aviation surfaces look at.</summary>
    public double HeightAboveGroundM => HeightM + (PoleClass.IsOnBuilding() ? BuildingHeightM ?? 0 : 0);

    public bool IsNewStructure => string.IsNullOrWhiteSpace(SharesSiteId);

    /// <summary>Whether <see cref="GroundElevationM"/> was declared by the carrier or taken from the terrain model.</summary>
    public GroundElevationSource GroundElevationSource { get; init; }
}

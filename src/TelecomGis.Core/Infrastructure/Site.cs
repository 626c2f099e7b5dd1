using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Infrastructure;

/// <summary>An existing base-station site (trạm BTS) with its structure and sectors; location in WGS 84.</summary>
/// <param name="Id">Unique id in the dataset, e.g. "QN-S00042".</param>
/// <param name="Carrier">The carrier that owns the structure (Viettel, VNPT, MobiFone, Vietnamobile).</param>
/// <param name="SharedWith">Other carriers whose equipment is on the same structure (sử dụng chung hạ tầng).</param>
/// <param name="HeightM">Structure height above ground (for rooftop classes, above the roof), metres.</param>
public sealed record Site(
    string Id,
    string Carrier,
    string Code,
    Point Location,
    PoleClass PoleClass,
    double HeightM,
    bool Camouflaged,
    IReadOnlyList<string> SharedWith,
    IReadOnlyList<Sector> Sectors
)
{
    public IEnumerable<string> Carriers => SharedWith.Prepend(Carrier);

    /// <summary>
    /// Where the structure stands in the register (in operation, approved and not built, a pending proposal …): R09 counts them
    /// all and names the standing. In operation unless the register says otherwise, so a bundle without a register reads as today.
    /// </summary>
    public RegisterStanding Standing { get; init; } = RegisterStanding.InOperation;

    /// <summary>For rooftop classes (A1a, A2a), the building's height above ground, metres; null when the record does not say.</summary>
    public double? BuildingHeightM { get; init; }

    /// <summary>Hours the site's backup power (batteries, generator) keeps it on air after the grid fails; null when unknown (none assumed).</summary>
    public double? BackupPowerHours { get; init; }

    /// <summary>Whether the department lists the structure as a critical site (trạm trọng yếu) to keep on air in a disaster.</summary>
    public bool CriticalSite { get; init; }
}

using NetTopologySuite.Geometries;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Register;

/// <summary>
/// A structure in the register (vị trí / cột ăng ten) as one event of its history describes it: where it stands, what it is and
/// whose equipment it carries. Location in WGS 84. Immutable: a change is a new event carrying a new <see cref="AntennaStructure"/>.
/// </summary>
/// <param name="Id">The register's id, for life: the bundle's site id for imported sites ("QN-S00042"), "HS{dossier}-{row}" for a
/// structure that came through the desk, "KB{declaration}-{row}" for one first seen in a carrier's declaration.</param>
/// <param name="Owner">The carrier that owns the structure.</param>
/// <param name="Code">The owner's own code for it (mã trạm).</param>
/// <param name="HeightM">Structure height above ground (for rooftop classes, above the roof), metres.</param>
/// <param name="BuildingHeightM">For rooftop classes, the building's height, metres; null when unknown or on the ground.</param>
/// <param name="BackupPowerHours">Hours its backup power (batteries, generator) keeps it on air after the grid fails; null when unknown.</param>
/// <param name="Critical">Listed by the department as a critical site (trạm trọng yếu) to keep on air in a disaster.</param>
/// <param name="Tenants">Other carriers sharing it whose equipment is not itemised (imported sites name them only).</param>
public sealed record AntennaStructure(
    string Id,
    string Owner,
    string Code,
    Point Location,
    PoleClass PoleClass,
    double HeightM,
    bool Camouflaged,
    double? BuildingHeightM,
    double? BackupPowerHours,
    bool Critical,
    IReadOnlyList<string> Tenants,
    IReadOnlyList<Installation> Installations
)
{
    /// <summary>Every carrier on it: the owner, then tenants and installations' carriers, each once.</summary>
    public IReadOnlyList<string> Carriers =>
        [.. Tenants.Concat(Installations.Select(i => i.Carrier)).Prepend(Owner).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The technologies on it, each once, ascending.</summary>
    public IReadOnlyList<Technology> Technologies => [.. Installations.Select(i => i.Technology).Distinct().Order()];
}

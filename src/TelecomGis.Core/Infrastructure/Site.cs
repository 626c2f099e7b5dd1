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
}

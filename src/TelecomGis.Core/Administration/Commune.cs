using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Administration;

/// <summary>A commune-level unit (xã, phường, thị trấn, đặc khu) with its boundary in WGS 84.</summary>
/// <param name="Code">The national administrative unit code (mã ĐVHC), e.g. "07090"; pre-2025 units without a GSO code carry their source id.</param>
/// <param name="Name">The Vietnamese name without the kind, e.g. "Hải Hòa".</param>
/// <param name="DistrictName">The district it belonged to (before July 2025), else null.</param>
/// <param name="Population">Inhabitants, as the source publishes them (see data/quang-ninh/SOURCES.md for the year).</param>
/// <param name="AreaKm2">Published area in km² (not the polygon's area, which is generalised).</param>
public sealed record Commune(
    string Code,
    string Name,
    AdministrativeUnitKind Kind,
    string? DistrictName,
    long Population,
    double AreaKm2,
    Validity Validity,
    Geometry Boundary
)
{
    /// <summary>"Phường Hạ Long", "Xã Hải Hòa": the name as a letter writes it.</summary>
    public string FullName => $"{Kind.VietnameseName()} {Name}";
}

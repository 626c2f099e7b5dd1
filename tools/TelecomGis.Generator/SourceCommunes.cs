using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Storage.Provinces;

namespace TelecomGis.Generator;

/// <summary>
/// The real administrative boundaries the Quảng Ninh bundle is built on (see data/quang-ninh/SOURCES.md): the 54 units since
/// 1 July 2025 (vietnam-3d-map) and the 186 units of the 2009 census (censusVN2009), read as every province's are
/// (<see cref="AdministrativeSource"/>).
/// </summary>
public static class SourceCommunes
{
    public const string File2025 = "quang-ninh_communes_2025_vietnam-3d-map.geojson";

    private const string QuangNinh = "22";

    public static IReadOnlyList<SourceCommune> Read2025(string adminDir) => AdministrativeSource.Read2025File(adminDir, File2025);

    public static IReadOnlyList<Commune> Read2009(string adminDir) => AdministrativeSource.Read2009(adminDir, QuangNinh);

    /// <summary>Snaps to the bundle's precision and repairs what the snapping or the source broke.</summary>
    public static Geometry Clean(Geometry g) => AdministrativeSource.Clean(g);
}

using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Precision;
using TelecomGis.Core.Administration;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Generator;

/// <summary>A 2025 commune with the centre its source publishes (used to place headquarters and town centres).</summary>
public sealed record CommuneCentre(Commune Commune, Coordinate Centre);

/// <summary>
/// Reads the real administrative boundaries of shared/data/admin (see data/quang-ninh/SOURCES.md): the 54 units since
/// 1 July 2025 (vietnam-3d-map) and the 186 units of the 2009 census (censusVN2009).
/// </summary>
public static class SourceCommunes
{
    public const string File2025 = "quang-ninh_communes_2025_vietnam-3d-map.geojson";
    public const string File2009 = "quang-ninh_communes_2009_censusVN2009.geojson";

    /// <summary>The day the two-level local government began (Resolutions 1654–1687/NQ-UBTVQH15).</summary>
    public static readonly DateOnly MergerDay = new(2025, 7, 1);

    /// <summary>The 2009 census reference day.</summary>
    public static readonly DateOnly Census2009 = new(2009, 4, 1);

    // The bundle rounds to 6 decimals; snapping here with a precision-aware reducer keeps the rounded polygons valid.
    private static readonly PrecisionModel Micro = new(1e6);

    public static IReadOnlyList<CommuneCentre> Read2025(string adminDir)
    {
        var path = Path.Combine(adminDir, File2025);
        return BundleLayer
            .Parse(File2025, File.ReadAllBytes(path))
            .Select(f => new CommuneCentre(
                new Commune(
                    f.String("ma_xa"),
                    f.String("ten"),
                    f.Parse("loai", AdministrativeUnitKinds.Parse),
                    null,
                    f.Integer("population"),
                    f.Number("area_km2"),
                    Validity.Since(MergerDay),
                    Clean(f.Geometry!)
                ),
                new Coordinate(f.Number("center_lon"), f.Number("center_lat"))
            ))
            .ToList();
    }

    public static IReadOnlyList<Commune> Read2009(string adminDir)
    {
        var path = Path.Combine(adminDir, File2009);
        return BundleLayer
            .Parse(File2009, File.ReadAllBytes(path))
            .Select(f =>
            {
                var (kind, name) = SplitKind(f.String("commune_vn"));
                return new Commune(
                    $"VN2009-{f.String("commune_id")}",
                    name,
                    kind,
                    f.String("district_vn"),
                    f.Integer("population"),
                    Math.Round(f.Number("area") / 100, 4),
                    new Validity(Census2009, MergerDay.AddDays(-1)),
                    Clean(f.Geometry!)
                );
            })
            .ToList();
    }

    /// <summary>"Phường Hải Hoà" → (Ward, "Hải Hoà"); "Thị trấn Tiên Yên" → (Township, "Tiên Yên").</summary>
    public static (AdministrativeUnitKind Kind, string Name) SplitKind(string fullName)
    {
        foreach (var prefix in new[] { "Thị trấn", "Phường", "Xã" })
        {
            if (fullName.StartsWith(prefix + " ", StringComparison.Ordinal))
                return (AdministrativeUnitKinds.Parse(prefix), fullName[(prefix.Length + 1)..].Trim());
        }
        throw new FormatException(
            string.Create(CultureInfo.InvariantCulture, $"Unit name '{fullName}' does not start with Phường, Xã or Thị trấn.")
        );
    }

    /// <summary>Snaps to the bundle's precision and repairs what the snapping or the source broke.</summary>
    public static Geometry Clean(Geometry g)
    {
        var reduced = GeometryPrecisionReducer.Reduce(g, Micro);
        if (!reduced.IsValid)
            reduced = GeometryFixer.Fix(reduced);
        reduced.SRID = 4326;
        return reduced;
    }
}

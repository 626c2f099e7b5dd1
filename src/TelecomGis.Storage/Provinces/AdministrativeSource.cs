using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Precision;
using TelecomGis.Core.Administration;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Provinces;

/// <summary>A 2025 commune with the centre its source publishes.</summary>
public sealed record SourceCommune(Commune Commune, Coordinate Centre);

/// <summary>
/// Reads the real administrative boundaries of data/sources/admin (data/sources/README.md): the 34 provinces and 3,321 communes
/// since 1 July 2025 (vietnam-3d-map) and, where the sources have them, the communes of the 2009 census (censusVN2009).
/// </summary>
public static class AdministrativeSource
{
    public const string ProvincesFile = "vietnam_provinces_2025_34_vietnam-3d-map.geojson";
    public const string CommunesFolder = "vn2025-communes";

    /// <summary>The day the two-level local government began (Resolutions 1654–1687/NQ-UBTVQH15).</summary>
    public static readonly DateOnly MergerDay = new(2025, 7, 1);

    /// <summary>The 2009 census reference day.</summary>
    public static readonly DateOnly Census2009 = new(2009, 4, 1);

    /// <summary>The pre-2025 communes the sources hold, by 2025 province code: the former province they cover, and the file.</summary>
    public static readonly IReadOnlyDictionary<string, (string Former, string File)> Communes2009 = new Dictionary<string, (string, string)>
    {
        ["22"] = ("Quảng Ninh", "quang-ninh_communes_2009_censusVN2009.geojson"),
        ["31"] = ("Hải Dương", "hai-duong_communes_2009_censusVN2009.geojson"),
        ["86"] = ("Trà Vinh", "tra-vinh_communes_2009_censusVN2009.geojson"),
    };

    // The bundle rounds to 6 decimals; snapping here with a precision-aware reducer keeps the rounded polygons valid.
    private static readonly PrecisionModel Micro = new(1e6);

    public static string CommunesFile(string provinceCode) => Path.Combine(CommunesFolder, $"communes_2025_{provinceCode}.geojson");

    /// <summary>The 2025 communes of a province, from <c>vn2025-communes/communes_2025_PP.geojson</c>.</summary>
    public static IReadOnlyList<SourceCommune> Read2025(string adminDir, string provinceCode) =>
        Read2025File(adminDir, CommunesFile(provinceCode));

    /// <summary>The 2025 communes in one file of the vietnam-3d-map layout (ma_xa, ten, loai, population, area_km2, centre).</summary>
    public static IReadOnlyList<SourceCommune> Read2025File(string adminDir, string name)
    {
        return BundleLayer
            .Parse(name, File.ReadAllBytes(Path.Combine(adminDir, name)))
            .Select(f => new SourceCommune(
                new Commune(
                    f.String("ma_xa"),
                    f.String("ten"),
                    f.Parse("loai", AdministrativeUnitKinds.Parse),
                    null,
                    f.Integer("population"),
                    f.Number("area_km2"),
                    Validity.Since(MergerDay),
                    Areal(f)
                ),
                new Coordinate(f.Number("center_lon"), f.Number("center_lat"))
            ))
            .ToList();
    }

    /// <summary>The province's 2025 outline, from the file of the 34 provinces (same source as the communes).</summary>
    public static Geometry ReadProvince(string adminDir, string provinceCode)
    {
        var feature = BundleLayer
            .Parse(ProvincesFile, File.ReadAllBytes(Path.Combine(adminDir, ProvincesFile)))
            .SingleOrDefault(f => f.String("ma_tinh") == provinceCode)
            ?? throw new PlanBundleException(
                ProvincesFile,
                $"has no province with code {provinceCode}",
                $"không có tỉnh, thành phố mã {provinceCode}"
            );
        return Areal(feature);
    }

    /// <summary>The 2009 communes of the former province the sources hold for this 2025 code, or none.</summary>
    public static IReadOnlyList<Commune> Read2009(string adminDir, string provinceCode)
    {
        if (!Communes2009.TryGetValue(provinceCode, out var source))
            return [];
        return BundleLayer
            .Parse(source.File, File.ReadAllBytes(Path.Combine(adminDir, source.File)))
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
                    Areal(f)
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

    /// <summary>The feature's (Multi)Polygon, snapped and repaired: the sources are generalised and not always valid as they come.</summary>
    private static Geometry Areal(BundleFeature f) =>
        f.Geometry is Polygon or MultiPolygon
            ? Clean(f.Geometry)
            : throw f.FeatureError(
                $"expected a Polygon or MultiPolygon, not {f.Geometry?.GeometryType ?? "no geometry"}",
                $"cần vùng (Polygon) hoặc tập vùng (MultiPolygon), không phải {(f.Geometry is null ? "để trống" : TelecomGis.Storage.Bundle.GeometryWords.TypeVi(f.Geometry.GeometryType))}"
            );

    /// <summary>Snaps to the bundle's precision and repairs what the snapping or the source broke.</summary>
    public static Geometry Clean(Geometry g)
    {
        // The per-province files still hold the source's slivers (data/sources/README.md); the reducer refuses what they break.
        var input = g.IsValid ? g : GeometryFixer.Fix(g);
        var reduced = GeometryPrecisionReducer.Reduce(input, Micro);
        if (!reduced.IsValid)
            reduced = GeometryFixer.Fix(reduced);
        reduced.SRID = 4326;
        return reduced;
    }
}

using TelecomGis.Core.Coverage.Fiber;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Coverage;

/// <summary>
/// Reads undergrounding zones (data/README.md: Polygon features with <c>id</c>, <c>name</c>) from a bundle's
/// undergrounding-zones.geojson or from any GeoJSON file of that schema; a bad file is a <see cref="PlanBundleException"/>
/// naming file, feature and property, as for the rest of the bundle.
/// </summary>
public static class UndergroundingZoneReader
{
    /// <summary>The bundle's zones, or an empty list when the bundle has no such file.</summary>
    public static IReadOnlyList<UndergroundingZone> FromBundle(string folder)
    {
        var path = Path.Combine(folder, BundleFiles.UndergroundingZones);
        return File.Exists(path) ? Read(path) : [];
    }

    public static IReadOnlyList<UndergroundingZone> Read(string path)
    {
        var features = BundleLayer.Parse(Path.GetFileName(path), File.ReadAllBytes(path));
        return features.Select(f => new UndergroundingZone(f.String("id"), f.String("name"), f.RequireAreal())).ToList();
    }
}

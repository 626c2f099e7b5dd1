using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Coverage;

/// <summary>Reads a hazard area (a storm track's buffer, a flood extent) from a GeoJSON file: the union of its (multi)polygons, WGS 84.</summary>
public static class HazardAreaReader
{
    public static Geometry Read(string path)
    {
        var features = BundleLayer.Parse(Path.GetFileName(path), File.ReadAllBytes(path));
        if (features.Count == 0)
            throw new PlanBundleException(
                Path.GetFileName(path),
                "holds no feature: a hazard area needs at least one polygon",
                "không có đối tượng nào: vùng thiên tai cần ít nhất một vùng (Polygon)"
            );
        return CascadedPolygonUnion.Union(features.Select(f => f.RequireAreal()).ToList());
    }
}

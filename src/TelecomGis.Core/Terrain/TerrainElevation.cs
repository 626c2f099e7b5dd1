using NetTopologySuite.Geometries;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Terrain;

/// <summary>Lookups of an <see cref="ITerrainModel"/> that callers otherwise write again and again.</summary>
public static class TerrainElevation
{
    /// <summary>Elevation at a point of the province's VN-2000 TM-3 plane (metres), through the frame's inverse projection; NaN where missing.</summary>
    public static double ElevationAt(this ITerrainModel terrain, MetricFrame frame, Coordinate metric)
    {
        var (lon, lat) = frame.ToWgs84(metric);
        return terrain.ElevationAt(lon, lat);
    }

    /// <summary>The elevation, or null where the model has no data: the form a nullable field such as a site's ground elevation wants.</summary>
    public static double? KnownElevationAt(this ITerrainModel terrain, double lonDeg, double latDeg)
    {
        var z = terrain.ElevationAt(lonDeg, latDeg);
        return double.IsNaN(z) ? null : z;
    }
}

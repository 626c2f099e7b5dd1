namespace TelecomGis.Core.Geodesy;

/// <summary>
/// VN-2000 geographic coordinates (EPSG:4756, longitude and latitude on the VN-2000 datum) to WGS 84: the same geocentric
/// Helmert shift as <see cref="ProjectionTransform"/>, without a projection. MapInfo and some .prj files write VN-2000 this way.
/// </summary>
public static class Vn2000Geographic
{
    public const int Epsg = 4756;

    private const double DegToRad = Math.PI / 180;
    private static readonly HelmertTransformation ToWgs84Shift = new(Vn2000Datum.ToWgs84PositionVector);

    /// <summary>VN-2000 longitude, latitude (degrees, height 0) to WGS 84 longitude, latitude (degrees).</summary>
    public static (double LonDeg, double LatDeg) ToWgs84(double lonDeg, double latDeg)
    {
        var (x, y, z) = GeocentricConversion.ToGeocentric(lonDeg * DegToRad, latDeg * DegToRad);
        var (xw, yw, zw) = ToWgs84Shift.Apply(x, y, z);
        var (lon, lat) = GeocentricConversion.ToGeodetic(xw, yw, zw);
        return (lon / DegToRad, lat / DegToRad);
    }
}

namespace TelecomGis.Core.Geodesy;

/// <summary>
/// Geodetic latitude/longitude on the WGS 84 ellipsoid (which VN-2000 shares) to and from earth-centred X, Y, Z in metres.
/// </summary>
internal static class GeocentricConversion
{
    private const double A = Vn2000Datum.SemiMajorAxisM;
    private const double F = 1 / Vn2000Datum.InverseFlattening;
    private const double E2 = F * (2 - F);

    public static (double X, double Y, double Z) ToGeocentric(double lonRad, double latRad, double heightM = 0)
    {
        var (sinLat, cosLat) = Math.SinCos(latRad);
        var (sinLon, cosLon) = Math.SinCos(lonRad);
        var n = A / Math.Sqrt(1 - E2 * sinLat * sinLat);
        return ((n + heightM) * cosLat * cosLon, (n + heightM) * cosLat * sinLon, (n * (1 - E2) + heightM) * sinLat);
    }

    /// <summary>The height is dropped: the projected systems here are 2-D, as PROJ's cs2cs treats them.</summary>
    public static (double LonRad, double LatRad) ToGeodetic(double x, double y, double z)
    {
        var p = Math.Sqrt(x * x + y * y);
        // Fixed-point iteration on the latitude. The start is exact at height 0, and a Helmert shift moves the height
        // by at most a few hundred metres, so the start is off by ~1e-7 rad; each step shrinks the error about
        // 150-fold (by e²), so three steps leave ~1e-13 rad, under a micrometre.
        var lat = Math.Atan2(z, p * (1 - E2));
        for (var i = 0; i < 3; i++)
        {
            var (sinLat, cosLat) = Math.SinCos(lat);
            var n = A / Math.Sqrt(1 - E2 * sinLat * sinLat);
            var h = p / cosLat - n;
            lat = Math.Atan2(z, p * (1 - E2 * n / (n + h)));
        }

        return (Math.Atan2(y, x), lat);
    }
}

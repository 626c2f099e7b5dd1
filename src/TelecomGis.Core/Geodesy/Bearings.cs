namespace TelecomGis.Core.Geodesy;

/// <summary>Directions on the Earth and in a projected plane, in degrees clockwise from north.</summary>
public static class Bearings
{
    /// <summary>
    /// Initial great-circle bearing from (lon1, lat1) to (lon2, lat2), degrees clockwise from true north in [0, 360).
    /// Spherical: ample for a direction to walk in over a kilometre, not for geodetic work.
    /// </summary>
    public static double InitialGreatCircleDeg(double lon1, double lat1, double lon2, double lat2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLon = Rad(lon2 - lon1);
        var y = Math.Sin(dLon) * Math.Cos(Rad(lat2));
        var x = Math.Cos(Rad(lat1)) * Math.Sin(Rad(lat2)) - Math.Sin(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Cos(dLon);
        return (Math.Atan2(y, x) * 180 / Math.PI + 360) % 360;
    }

    /// <summary>
    /// The meridian convergence at a WGS 84 point: the grid bearing of true north in <paramref name="projection"/>'s plane, degrees
    /// (up to about ±0.5° across a TM-3 zone such as Quảng Ninh's). Add it to an azimuth measured from true north (a sector's
    /// boresight) to get its bearing from grid north. Taken from the projected direction of a 0.001° step north, which is
    /// accurate to far better than an azimuth is declared.
    /// </summary>
    public static double GridBearingOfTrueNorthDeg(ProjectionTransform projection, double lonDeg, double latDeg)
    {
        var (ax, ay) = projection.Forward(lonDeg, latDeg);
        var (bx, by) = projection.Forward(lonDeg, latDeg + 0.001);
        return Math.Atan2(bx - ax, by - ay) * 180 / Math.PI;
    }
}

namespace TelecomGis.Core.Geodesy;

/// <summary>
/// The VN-2000 datum (EPSG:4756): the WGS 84 ellipsoid, shifted to WGS 84 by a seven-parameter Helmert transformation.
/// </summary>
/// <remarks>
/// Decision 05/2007/QĐ-BTNMT publishes the rotations in the coordinate-frame convention
/// (−0.00928836″, +0.01975479″, −0.00427372″). WKT1 <c>TOWGS84[...]</c>, which ProjNet follows, and PROJ's
/// <c>+towgs84</c> use the position-vector convention, so the rotations below carry the opposite signs.
/// Mixing the two moves a point by about 0.75 m in Quảng Ninh and still looks plausible; the agreement tests
/// against <c>cs2cs</c> catch it.
/// These are the national parameters (EPSG:6960, "VN-2000 to WGS 84 (2)"). Inside 9.35–11.04° N, 104.24–107.11° E PROJ
/// prefers EPSG:5194, a local set for the Mekong delta blocks DBSCL 02 and 03, which differs by about 0.8 m; the product
/// keeps the national set of Decision 05/2007/QĐ-BTNMT everywhere, and the cs2cs fixture leaves that box out.
/// </remarks>
public static class Vn2000Datum
{
    public const double SemiMajorAxisM = 6378137.0;
    public const double InverseFlattening = 298.257223563;

    /// <summary>Translations in metres, rotations in arc-seconds (position vector), scale in ppm; the EPSG:4756 values.</summary>
    public static readonly IReadOnlyList<double> ToWgs84PositionVector =
    [
        -191.90441429,
        -39.30318279,
        -111.45032835,
        0.00928836,
        -0.01975479,
        0.00427372,
        0.252906278,
    ];

    /// <summary>The same rotations as Decision 05/2007/QĐ-BTNMT prints them (coordinate frame), kept for the record and the tests.</summary>
    public static readonly IReadOnlyList<double> PublishedRotationsCoordinateFrameArcSec = [-0.00928836, 0.01975479, -0.00427372];

    /// <summary>VN-2000 TM-3 zones use k0 = 0.9999; UTM zones 0.9996.</summary>
    public const double Tm3ScaleFactor = 0.9999;
    public const double UtmScaleFactor = 0.9996;
    public const double FalseEastingM = 500000.0;
}

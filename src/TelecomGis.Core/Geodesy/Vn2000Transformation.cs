using System.Globalization;

namespace TelecomGis.Core.Geodesy;

/// <summary>
/// Which published VN-2000 → WGS 84 transformation a conversion uses; the value is its EPSG code.
/// </summary>
/// <remarks>
/// <see cref="National6960"/> is the national set of Decision 05/2007/QĐ-BTNMT (EPSG:6960, "VN-2000 to WGS 84 (2)"), the product's
/// default everywhere. <see cref="MekongDelta5194"/> is EPSG:5194 ("VN-2000 to WGS 84 (1)"), an older local set for the Mekong delta
/// blocks DBSCL 02 and 03 (EPSG's usage: 9.35–11.04° N, 104.24–107.11° E, "academic research, not officially adopted", used by
/// Total). Inside that box PROJ ranks EPSG:5194 first, so <c>cs2cs EPSG:4326 EPSG:9209</c> and QGIS's default pick it there, and a
/// point lands about 0.8 m away from where the national set puts it (docs/GEODESY.md). A Trà Vinh or Vĩnh Long plan may choose it in
/// plan.json to agree with such tools; outside the box it is not valid and the national set stays the only choice.
/// </remarks>
public enum Vn2000Transformation
{
    National6960 = 6960,
    MekongDelta5194 = 5194,
}

public static class Vn2000Transformations
{
    /// <summary>EPSG:5194's parameters (coordinate-frame as EPSG publishes them: tx, ty, tz m; rx, ry, rz ″; ds ppm).</summary>
    public static readonly IReadOnlyList<double> MekongDeltaCoordinateFrame =
    [
        -192.873,
        -39.382,
        -111.202,
        0.00205,
        0.0005,
        -0.00335,
        0.0188,
    ];

    /// <summary>The seven parameters in the position-vector order that <see cref="HelmertTransformation"/> and <c>+towgs84</c> take.</summary>
    public static IReadOnlyList<double> PositionVector(this Vn2000Transformation t) =>
        t switch
        {
            Vn2000Transformation.National6960 => Vn2000Datum.ToWgs84PositionVector,
            // Coordinate frame → position vector: the rotations change sign (PLATFORM.md, "the sign trap").
            _ =>
            [
                MekongDeltaCoordinateFrame[0],
                MekongDeltaCoordinateFrame[1],
                MekongDeltaCoordinateFrame[2],
                -MekongDeltaCoordinateFrame[3],
                -MekongDeltaCoordinateFrame[4],
                -MekongDeltaCoordinateFrame[5],
                MekongDeltaCoordinateFrame[6],
            ],
        };

    /// <summary>"EPSG:6960".</summary>
    public static string Code(this Vn2000Transformation t) => string.Create(CultureInfo.InvariantCulture, $"EPSG:{(int)t}");

    /// <summary>A line for the user: which set, and on what authority.</summary>
    public static (string Vi, string En) Describe(this Vn2000Transformation t) =>
        t switch
        {
            Vn2000Transformation.National6960 => (
                "EPSG:6960, bộ tham số quốc gia theo Quyết định 05/2007/QĐ-BTNMT",
                "EPSG:6960, the national parameters of Decision 05/2007/QĐ-BTNMT"
            ),
            _ => (
                "EPSG:5194, bộ tham số địa phương khối ĐBSCL 02 và 03 (đồng bằng sông Cửu Long), PROJ và QGIS mặc định dùng trong vùng này",
                "EPSG:5194, the local Mekong-delta set of blocks DBSCL 02 and 03, which PROJ and QGIS use by default there"
            ),
        };

    /// <summary>Whether a point (WGS 84) lies in EPSG:5194's area of use, where PROJ prefers it.</summary>
    public static bool InMekongDeltaBlocks(double lonDeg, double latDeg) =>
        lonDeg is >= 104.24 and <= 107.11 && latDeg is >= 9.35 and <= 11.04;

    /// <summary>Reads "6960", "EPSG:6960", "5194" or "EPSG:5194".</summary>
    public static bool TryParse(string? text, out Vn2000Transformation transformation)
    {
        transformation = Vn2000Transformation.National6960;
        if (text is null)
            return false;
        var t = text.Trim();
        if (t.StartsWith("EPSG:", StringComparison.OrdinalIgnoreCase))
            t = t[5..];
        switch (t)
        {
            case "6960":
                return true;
            case "5194":
                transformation = Vn2000Transformation.MekongDelta5194;
                return true;
            default:
                return false;
        }
    }
}

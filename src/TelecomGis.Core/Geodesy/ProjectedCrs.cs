namespace TelecomGis.Core.Geodesy;

/// <summary>A VN-2000 transverse Mercator system (TM-3 or UTM), defined by its EPSG code and central meridian.</summary>
/// <param name="Epsg">The EPSG code, e.g. 5899.</param>
/// <param name="Name">The EPSG name, e.g. "VN-2000 / TM-3 107-45".</param>
/// <param name="CentralMeridianDeg">Longitude of the central meridian in degrees east.</param>
/// <param name="ScaleFactor">Scale factor on the central meridian (0.9999 for TM-3, 0.9996 for UTM).</param>
public sealed record ProjectedCrs(int Epsg, string Name, double CentralMeridianDeg, double ScaleFactor)
{
    /// <summary>The system in OGC WKT1, the form ProjNet reads. Parameters come from <see cref="Vn2000Datum"/> alone.</summary>
    public string ToWkt() => ToWkt(Vn2000Datum.ToWgs84PositionVector);

    /// <summary>The same system with other Helmert parameters: a seam for the tests that show why the signs are what they are.</summary>
    /// <param name="toWgs84PositionVector">Translations (m), rotations (″, position vector), scale (ppm).</param>
    internal string ToWkt(IReadOnlyList<double> toWgs84PositionVector)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var towgs84 = string.Join(",", toWgs84PositionVector.Select(v => v.ToString("R", inv)));
        return string.Create(
            inv,
            $"""
            PROJCS["{Name}",
              GEOGCS["VN-2000",
                DATUM["Vietnam_2000",
                  SPHEROID["WGS 84",{Vn2000Datum.SemiMajorAxisM:R},{Vn2000Datum.InverseFlattening:R}],
                  TOWGS84[{towgs84}]],
                PRIMEM["Greenwich",0],
                UNIT["degree",0.0174532925199433]],
              PROJECTION["Transverse_Mercator"],
              PARAMETER["latitude_of_origin",0],
              PARAMETER["central_meridian",{CentralMeridianDeg:R}],
              PARAMETER["scale_factor",{ScaleFactor:R}],
              PARAMETER["false_easting",{Vn2000Datum.FalseEastingM:R}],
              PARAMETER["false_northing",0],
              UNIT["metre",1],
              AUTHORITY["EPSG","{Epsg}"]]
            """
        );
    }
}

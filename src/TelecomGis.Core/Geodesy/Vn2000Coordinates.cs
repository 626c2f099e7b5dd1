namespace TelecomGis.Core.Geodesy;

/// <summary>A position as the carrier gave it in VN-2000, kept beside the WGS 84 reading for the record.</summary>
/// <param name="XNorthingM">X, the northing in metres (Vietnamese survey convention: X points north).</param>
/// <param name="YEastingM">Y, the easting in metres, false easting 500 000 included.</param>
/// <param name="Epsg">The projected system, e.g. 5899 for TM-3 107°45′.</param>
/// <param name="Transformation">The VN-2000 → WGS 84 transformation that gave the WGS 84 reading.</param>
public sealed record Vn2000Coordinates(
    double XNorthingM,
    double YEastingM,
    int Epsg,
    Vn2000Transformation Transformation = Vn2000Transformation.National6960
);

namespace TelecomGis.Core.Geodesy;

/// <summary>The submission field a coordinate error is about.</summary>
public enum CoordinateField
{
    Longitude,
    Latitude,

    /// <summary>Both angles in one text, or the pair as a whole (swapped axes, outside Vietnam).</summary>
    Coordinates,

    /// <summary>VN-2000 X, the northing.</summary>
    X,

    /// <summary>VN-2000 Y, the easting.</summary>
    Y,

    /// <summary>The VN-2000 zone: EPSG code or central meridian.</summary>
    Zone,
}

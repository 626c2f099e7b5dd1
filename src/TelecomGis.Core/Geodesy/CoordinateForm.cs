namespace TelecomGis.Core.Geodesy;

/// <summary>How a carrier wrote a position; kept so a reply can quote the dossier back in its own form.</summary>
public enum CoordinateForm
{
    /// <summary>21.53008</summary>
    DecimalDegrees,

    /// <summary>21°31.805′N</summary>
    DegreesDecimalMinutes,

    /// <summary>21°31′48.3″N</summary>
    DegreesMinutesSeconds,

    /// <summary>VN-2000 TM-3 or UTM X (northing) and Y (easting) with a zone.</summary>
    Vn2000,
}

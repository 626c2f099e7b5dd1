namespace TelecomGis.Core.Geodesy;

/// <summary>Why the text of one angle could not be read; CoordinateMessages words it for the field at hand.</summary>
internal enum AngleFailure
{
    None,
    Empty,
    Unreadable,
    MinutesOrSecondsOf60OrMore,
    SouthOrWest,
}

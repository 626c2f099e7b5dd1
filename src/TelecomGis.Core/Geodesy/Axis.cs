namespace TelecomGis.Core.Geodesy;

/// <summary>Which of the two geographic coordinates an angle is.</summary>
public enum Axis
{
    Longitude,
    Latitude,
}

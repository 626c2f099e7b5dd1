namespace TelecomGis.Core.Coverage.Fiber;

/// <summary>An aerial route's length inside a zone that requires underground cable: one line of the compliance list.</summary>
public sealed record AerialInUndergroundingZone(
    string Owner,
    string RouteId,
    string RouteName,
    string ZoneId,
    string ZoneName,
    double LengthM
);

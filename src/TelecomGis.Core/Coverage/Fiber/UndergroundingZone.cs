using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Coverage.Fiber;

/// <summary>An area where the plan requires cables to run underground (khu vực ngầm hóa); geometry in WGS 84.</summary>
public sealed record UndergroundingZone(string Id, string Name, Geometry Area);

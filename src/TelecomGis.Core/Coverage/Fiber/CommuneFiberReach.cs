namespace TelecomGis.Core.Coverage.Fiber;

/// <summary>How far a commune's headquarters lies from the nearest fiber route, and whether that is within the threshold.</summary>
public sealed record CommuneFiberReach(CommuneHeadquarters Headquarters, string? NearestRouteId, double DistanceM, bool Reached);

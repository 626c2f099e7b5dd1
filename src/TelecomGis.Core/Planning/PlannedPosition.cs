using NetTopologySuite.Geometries;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Planning;

/// <summary>A position (vị trí quy hoạch) where the plan allows a structure; WGS 84.</summary>
/// <param name="Carrier">The carrier it is planned for, or null when any carrier may use it (shared).</param>
/// <param name="AllowedClasses">The pole classes planned here.</param>
/// <param name="MaxHeightM">A height limit of the position itself, if the plan sets one.</param>
public sealed record PlannedPosition(string Id, string? Carrier, PoleClassSet AllowedClasses, double? MaxHeightM, Point Location)
{
    public bool IsShared => Carrier is null;

    /// <summary>Whether a carrier may build here: its own position or a shared one (carrier names compare case-insensitively).</summary>
    public bool IsOpenTo(string carrier) => Carrier is null || string.Equals(Carrier, carrier, StringComparison.OrdinalIgnoreCase);
}

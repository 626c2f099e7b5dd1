namespace TelecomGis.Core.Coverage.Fiber;

/// <summary>The fiber analysis: lengths per owner and laying (province and per district), reach per commune, undergrounding.</summary>
/// <param name="DistrictsOn">The date whose district-bearing communes split the lengths, or null when the plan has no districts.</param>
public sealed record FiberReport(
    IReadOnlyList<FiberLength> ByOwnerAndLaying,
    DateOnly? DistrictsOn,
    IReadOnlyList<FiberLength> ByDistrict,
    double ReachThresholdM,
    IReadOnlyList<CommuneFiberReach> Reach,
    IReadOnlyList<AerialInUndergroundingZone> Undergrounding
)
{
    public IEnumerable<CommuneFiberReach> Unreached => Reach.Where(r => !r.Reached);

    /// <summary>Aerial metres inside undergrounding zones per owner, most first.</summary>
    public IEnumerable<(string Owner, double LengthM)> UndergroundingByOwner =>
        Undergrounding
            .GroupBy(u => u.Owner, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(u => u.LengthM)))
            .OrderByDescending(x => x.Item2);
}

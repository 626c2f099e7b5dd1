using TelecomGis.Core.Administration;

namespace TelecomGis.Core.Spatial;

/// <summary>
/// Which commune of the plan's index a point lies in, and whether it lies in a named one, with the index's own boundaries in the
/// metric frame and its 5 mm tolerance (so the register's lists and the appraisal's R02 place a structure alike). The communes are
/// those valid on <see cref="PlanIndex.CommunesValidOn"/>: since 1 July 2025, the merged units and their codes.
/// Thread-safe and immutable.
/// </summary>
public sealed class CommuneLocator(PlanIndex index)
{
    /// <summary>The commune the point (WGS 84 degrees) lies in; the lowest code where two boundaries touch it; null outside all.</summary>
    public Commune? At(double lonDeg, double latDeg)
    {
        var hits = index.Communes.Covering(index.Frame.ToMetric(lonDeg, latDeg));
        return hits.Count == 0 ? null : hits.MinBy(h => h.Item.Code, StringComparer.Ordinal)!.Item;
    }

    /// <summary>Whether the point lies in the commune with <paramref name="code"/> (its boundary included).</summary>
    public bool IsIn(string code, double lonDeg, double latDeg) =>
        index.Communes.Covering(index.Frame.ToMetric(lonDeg, latDeg)).Exists(h => h.Item.Code == code);

    /// <summary>The commune valid on the index's day with that code; null when none.</summary>
    public Commune? Find(string code) => index.Communes.Features.FirstOrDefault(f => f.Item.Code == code)?.Item;

    /// <summary>A unit with that code in the plan that is not valid on the index's day (merged away on 1 July 2025, say); null when none.</summary>
    public Commune? FindFormer(string code) =>
        index.Plan.Communes.FirstOrDefault(c => c.Code == code && !c.Validity.Contains(index.CommunesValidOn));
}

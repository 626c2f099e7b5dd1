using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;

namespace TelecomGis.Core.Appraisal;

/// <summary>A nearby planned position or existing site a carrier could use instead, with its distance.</summary>
public sealed record NearbyOption(FeatureRef Feature, double DistanceM, double LonDeg, double LatDeg);

/// <summary>
/// "Where would it conform?": the nearest point within the search radius where the same pole class and height would conform,
/// and the planned positions and existing sites to share within that radius.
/// </summary>
/// <param name="DistanceM">From the proposed point, metres (planar, TM-3).</param>
/// <param name="BearingDeg">Initial bearing from the proposed point, degrees clockwise from true north.</param>
public sealed record ConformingAlternative(
    bool Found,
    double? LonDeg,
    double? LatDeg,
    double? DistanceM,
    double? BearingDeg,
    double SearchRadiusM,
    IReadOnlyList<NearbyOption> PlannedPositions,
    IReadOnlyList<NearbyOption> SitesToShare
)
{
    /// <summary>
    /// Whether a site with this verdict is searched for: one that does not conform (APPRAISAL.md, "for a failing site"). A site
    /// that only needs another authority's opinion is not moved: the consultation is the next step, not a defect to fix, and a
    /// point where it would need none would be the point just outside the military area or aerodrome surface that asked for it.
    /// </summary>
    public static bool IsSoughtFor(Verdict verdict) => verdict == Verdict.DoesNotConform;

    internal static NearbyOption Option(PlannedPosition p, double d) =>
        new(AppraisalContext.Ref(p), RuleResult.Round(d), p.Location.X, p.Location.Y);

    internal static NearbyOption Option(Site s, double d) => new(AppraisalContext.Ref(s), RuleResult.Round(d), s.Location.X, s.Location.Y);
}

namespace TelecomGis.Core.Spatial;

/// <summary>How distance thresholds are compared.</summary>
public static class Distances
{
    /// <summary>
    /// "Within d" means distance ≤ d, and a point on a boundary is inside (APPRAISAL.md). A point placed exactly on a threshold
    /// by one tool and measured by another differs by millimetres (ProjNet and PROJ round trips drift by 1–3 mm), so
    /// comparisons allow 5 mm, always in the direction of caution (second edition, clarification 1): a site within 5 mm outside
    /// a restricted area or zone is inside it, a distance within 5 mm above a minimum spacing is under it (<see cref="Within"/>),
    /// and a test that favours the site must hold by more than 5 mm (<see cref="SafelyWithin"/>).
    /// </summary>
    public const double ToleranceM = 0.005;

    /// <summary>
    /// How far apart two figures may be and still be the same one for the messages: a point placed on a boundary comes back from
    /// a projection round trip a fraction of a micrometre off, and the tolerance did not decide anything for it.
    /// </summary>
    public const double SameM = 1e-6;

    public static bool Within(double distanceM, double thresholdM) => distanceM <= thresholdM + ToleranceM;

    /// <summary>
    /// A "within" test that favours the site (within a planned position's tolerance, within the sharing tolerance): the 5 mm go
    /// the other way, so a distance within 5 mm below the threshold counts as beyond it (APPRAISAL.md, second edition, 1).
    /// </summary>
    public static bool SafelyWithin(double distanceM, double thresholdM) => distanceM < thresholdM - ToleranceM;

    /// <summary>Whether the tolerance alone kept a favourable test from holding: the distance is within the threshold but by 5 mm or less.</summary>
    public static bool BeyondOnlyByTolerance(double distanceM, double thresholdM) =>
        distanceM <= thresholdM + SameM && !SafelyWithin(distanceM, thresholdM);

    /// <summary>
    /// Whether <see cref="Within"/> holds only thanks to the tolerance: the distance is over the threshold by 5 mm or less. The
    /// second edition of APPRAISAL.md (clarification 1) has a rule's message state the tolerance exactly then.
    /// </summary>
    public static bool WithinOnlyByTolerance(double distanceM, double thresholdM) =>
        distanceM > thresholdM + SameM && Within(distanceM, thresholdM);

    /// <summary>The words a message adds when the tolerance decided its outcome, Vietnamese then English (leading space).</summary>
    public static (string Vi, string En) ToleranceNote =>
        (" (tính cả dung sai 5 mm theo hướng thận trọng)", " (counting the 5 mm tolerance, in the direction of caution)");
}

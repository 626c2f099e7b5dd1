namespace TelecomGis.Core.Spatial;

/// <summary>How distance thresholds are compared.</summary>
public static class Distances
{
    /// <summary>
    /// "Within d" means distance ≤ d, and a point on a boundary is inside (APPRAISAL.md). A point placed exactly on a threshold
    /// by one tool and measured by another differs by millimetres (ProjNet and PROJ round trips drift by 1–3 mm), so
    /// comparisons allow 5 mm: far below the 0.1 m results are reported at and the metre that dossier coordinates carry.
    /// </summary>
    public const double ToleranceM = 0.005;

    public static bool Within(double distanceM, double thresholdM) => distanceM <= thresholdM + ToleranceM;

    /// <summary>
    /// Whether <see cref="Within"/> holds only thanks to the tolerance: the distance is over the threshold by 5 mm or less. The
    /// second edition of APPRAISAL.md (clarification 1) has a rule's message state the tolerance exactly then.
    /// </summary>
    public static bool WithinOnlyByTolerance(double distanceM, double thresholdM) =>
        distanceM > thresholdM && Within(distanceM, thresholdM);

    /// <summary>The words a message adds when the tolerance decided its outcome, Vietnamese then English (leading space).</summary>
    public static (string Vi, string En) ToleranceNote =>
        (" (tính cả dung sai 5 mm theo hướng thận trọng)", " (counting the 5 mm tolerance, in the direction of caution)");
}

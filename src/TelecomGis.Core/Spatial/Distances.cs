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
}

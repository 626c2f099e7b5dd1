using NetTopologySuite.Geometries;
using TelecomGis.Core.Appraisal;

namespace TelecomGis.Reports;

/// <summary>A plan feature a figure shows: the rules it decided, whether any of them objected, and its metric geometry.</summary>
/// <param name="ThresholdM">
/// A distance the rule compared with the feature (R08's tolerance, R09's spacing): drawn as a circle around a point feature,
/// which the site must stand inside (tolerance) or outside (spacing).
/// </param>
internal sealed record DecidingFeature(
    FeatureRef Ref,
    IReadOnlyList<string> RuleIds,
    bool Objects,
    Geometry? Metric,
    LayerStyle Style,
    double? ThresholdM = null
);

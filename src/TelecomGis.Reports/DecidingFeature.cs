using NetTopologySuite.Geometries;
using TelecomGis.Core.Appraisal;

namespace TelecomGis.Reports;

/// <summary>A plan feature a figure shows: the rules it decided, whether any of them objected, and its metric geometry.</summary>
internal sealed record DecidingFeature(FeatureRef Ref, IReadOnlyList<string> RuleIds, bool Objects, Geometry? Metric, LayerStyle Style);

namespace TelecomGis.Core.Appraisal;

/// <summary>One rule's outcome for one site, with the measured figure that decided it and the feature it was measured against.</summary>
/// <param name="MeasuredValue">Rounded to 0.1 (APPRAISAL.md); null when nothing was measured.</param>
/// <param name="Unit">The measured value's unit (m, W, …).</param>
/// <param name="Threshold">The plan's threshold it was compared with, when there is one.</param>
public sealed record RuleResult(
    string RuleId,
    RuleOutcome Outcome,
    string MessageVi,
    string MessageEn,
    double? MeasuredValue = null,
    string? Unit = null,
    double? Threshold = null,
    FeatureRef? DecidingFeature = null,
    string? Citation = null)
{
    public static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}

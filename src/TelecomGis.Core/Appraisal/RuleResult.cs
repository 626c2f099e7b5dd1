namespace TelecomGis.Core.Appraisal;

/// <summary>One rule's outcome for one site, with the measured figure that decided it and the feature it was measured against.</summary>
/// <remarks>
/// Messages may be given as text or as a function that writes it: a batch of a hundred thousand sites reads only the objections'
/// messages, so a pass's sentence is written only when someone asks for it.
/// </remarks>
public sealed class RuleResult
{
    private readonly Func<string>? _writeVi, _writeEn;
    private string? _vi, _en;

    /// <param name="measuredValue">Rounded to 0.1 (APPRAISAL.md); null when nothing was measured.</param>
    /// <param name="unit">The measured value's unit (m, W, …).</param>
    /// <param name="threshold">The plan's threshold it was compared with, when there is one.</param>
    public RuleResult(string ruleId, RuleOutcome outcome, string messageVi, string messageEn, double? measuredValue = null, string? unit = null,
        double? threshold = null, FeatureRef? DecidingFeature = null, string? Citation = null)
        : this(ruleId, outcome, measuredValue, unit, threshold, DecidingFeature, Citation)
    {
        _vi = messageVi;
        _en = messageEn;
    }

    public RuleResult(string ruleId, RuleOutcome outcome, Func<string> messageVi, Func<string> messageEn, double? measuredValue = null, string? unit = null,
        double? threshold = null, FeatureRef? DecidingFeature = null, string? Citation = null)
        : this(ruleId, outcome, measuredValue, unit, threshold, DecidingFeature, Citation)
    {
        _writeVi = messageVi;
        _writeEn = messageEn;
    }

    private RuleResult(string ruleId, RuleOutcome outcome, double? measuredValue, string? unit, double? threshold, FeatureRef? decidingFeature, string? citation)
    {
        RuleId = ruleId;
        Outcome = outcome;
        MeasuredValue = measuredValue;
        Unit = unit;
        Threshold = threshold;
        DecidingFeature = decidingFeature;
        Citation = citation;
    }

    public string RuleId { get; }
    public RuleOutcome Outcome { get; }
    public double? MeasuredValue { get; }
    public string? Unit { get; }
    public double? Threshold { get; }
    public FeatureRef? DecidingFeature { get; }
    public string? Citation { get; }

    public string MessageVi => _vi ??= _writeVi!();

    public string MessageEn => _en ??= _writeEn!();

    public static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    public override string ToString() => $"{RuleId} {Outcome.Code()}: {MessageEn}";
}

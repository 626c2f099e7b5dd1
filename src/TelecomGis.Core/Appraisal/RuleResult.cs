namespace TelecomGis.Core.Appraisal;

/// <summary>One rule's outcome for one site, with the measured figure that decided it and the feature it was measured against.</summary>
/// <remarks>
/// <para>
/// A rule writes its result with the factory named after the outcome, naming its figures:
/// <c>RuleResult.Fail(Id, vi, en, measured: RuleResult.Round(d), unit: "m", against: minimum.Value, decidedBy: feature, citing: minimum.Citation)</c>.
/// A store rebuilding a saved result uses <see cref="Restore"/>; an appraiser's change goes through
/// <see cref="AppraisalResult.WithOverrides"/>, which keeps the engine's outcome beside the new one.
/// </para>
/// <para>
/// Messages may be given as text or as a function that writes it: a batch of a hundred thousand sites reads only the objections'
/// messages, so a pass's sentence is written only when someone asks for it.
/// </para>
/// </remarks>
public sealed class RuleResult
{
    private readonly Func<string>? _writeVi,
        _writeEn;
    private string? _vi,
        _en;

    private RuleResult(
        string ruleId,
        RuleOutcome outcome,
        string? vi,
        string? en,
        Func<string>? writeVi,
        Func<string>? writeEn,
        double? measured,
        string? unit,
        double? against,
        FeatureRef? decidedBy,
        string? citing
    )
    {
        RuleId = ruleId;
        Outcome = outcome;
        EngineOutcome = outcome;
        _vi = vi;
        _en = en;
        _writeVi = writeVi;
        _writeEn = writeEn;
        MeasuredValue = measured;
        Unit = unit;
        Threshold = against;
        DecidingFeature = decidedBy;
        Citation = citing;
    }

    private RuleResult(RuleResult engine, RuleOverride by)
        : this(
            engine.RuleId,
            by.Outcome,
            engine._vi,
            engine._en,
            engine._writeVi,
            engine._writeEn,
            engine.MeasuredValue,
            engine.Unit,
            engine.Threshold,
            engine.DecidingFeature,
            engine.Citation
        )
    {
        EngineOutcome = engine.EngineOutcome;
        Override = by;
    }

    private RuleResult(RuleResult shown, string messageVi, string messageEn)
        : this(shown.RuleId, shown.Outcome, messageVi, messageEn, null, null, null, null, null, null, shown.Citation)
    {
        EngineOutcome = shown.EngineOutcome;
        Override = shown.Override;
    }

    /// <summary>The rule holds.</summary>
    /// <param name="measured">The measured figure, rounded to 0.1 (<see cref="Round"/>, APPRAISAL.md); null when nothing was measured.</param>
    /// <param name="unit">The measured figure's unit (m, W, …).</param>
    /// <param name="against">The plan's threshold it was compared with, in the same unit, when there is one.</param>
    /// <param name="decidedBy">The plan feature that decided the outcome.</param>
    /// <param name="citing">The legal text behind the threshold (the rule table's citation).</param>
    public static RuleResult Pass(
        string ruleId,
        string messageVi,
        string messageEn,
        double? measured = null,
        string? unit = null,
        double? against = null,
        FeatureRef? decidedBy = null,
        string? citing = null
    ) => new(ruleId, RuleOutcome.Pass, messageVi, messageEn, null, null, measured, unit, against, decidedBy, citing);

    /// <inheritdoc cref="Pass(string, string, string, double?, string?, double?, FeatureRef?, string?)"/>
    public static RuleResult Pass(
        string ruleId,
        Func<string> messageVi,
        Func<string> messageEn,
        double? measured = null,
        string? unit = null,
        double? against = null,
        FeatureRef? decidedBy = null,
        string? citing = null
    ) => new(ruleId, RuleOutcome.Pass, null, null, messageVi, messageEn, measured, unit, against, decidedBy, citing);

    /// <summary>The site does not conform.</summary>
    /// <inheritdoc cref="Pass(string, string, string, double?, string?, double?, FeatureRef?, string?)"/>
    public static RuleResult Fail(
        string ruleId,
        string messageVi,
        string messageEn,
        double? measured = null,
        string? unit = null,
        double? against = null,
        FeatureRef? decidedBy = null,
        string? citing = null
    ) => new(ruleId, RuleOutcome.Fail, messageVi, messageEn, null, null, measured, unit, against, decidedBy, citing);

    /// <inheritdoc cref="Fail(string, string, string, double?, string?, double?, FeatureRef?, string?)"/>
    public static RuleResult Fail(
        string ruleId,
        Func<string> messageVi,
        Func<string> messageEn,
        double? measured = null,
        string? unit = null,
        double? against = null,
        FeatureRef? decidedBy = null,
        string? citing = null
    ) => new(ruleId, RuleOutcome.Fail, null, null, messageVi, messageEn, measured, unit, against, decidedBy, citing);

    /// <summary>Another authority must give its opinion (xin ý kiến).</summary>
    /// <inheritdoc cref="Pass(string, string, string, double?, string?, double?, FeatureRef?, string?)"/>
    public static RuleResult Consult(
        string ruleId,
        string messageVi,
        string messageEn,
        double? measured = null,
        string? unit = null,
        double? against = null,
        FeatureRef? decidedBy = null,
        string? citing = null
    ) => new(ruleId, RuleOutcome.Consult, messageVi, messageEn, null, null, measured, unit, against, decidedBy, citing);

    /// <inheritdoc cref="Consult(string, string, string, double?, string?, double?, FeatureRef?, string?)"/>
    public static RuleResult Consult(
        string ruleId,
        Func<string> messageVi,
        Func<string> messageEn,
        double? measured = null,
        string? unit = null,
        double? against = null,
        FeatureRef? decidedBy = null,
        string? citing = null
    ) => new(ruleId, RuleOutcome.Consult, null, null, messageVi, messageEn, measured, unit, against, decidedBy, citing);

    /// <summary>Recorded for the appraiser; does not change the verdict.</summary>
    /// <inheritdoc cref="Pass(string, string, string, double?, string?, double?, FeatureRef?, string?)"/>
    public static RuleResult Warn(
        string ruleId,
        string messageVi,
        string messageEn,
        double? measured = null,
        string? unit = null,
        double? against = null,
        FeatureRef? decidedBy = null,
        string? citing = null
    ) => new(ruleId, RuleOutcome.Warn, messageVi, messageEn, null, null, measured, unit, against, decidedBy, citing);

    /// <inheritdoc cref="Warn(string, string, string, double?, string?, double?, FeatureRef?, string?)"/>
    public static RuleResult Warn(
        string ruleId,
        Func<string> messageVi,
        Func<string> messageEn,
        double? measured = null,
        string? unit = null,
        double? against = null,
        FeatureRef? decidedBy = null,
        string? citing = null
    ) => new(ruleId, RuleOutcome.Warn, null, null, messageVi, messageEn, measured, unit, against, decidedBy, citing);

    /// <summary>The rule does not apply to this site.</summary>
    /// <inheritdoc cref="Pass(string, string, string, double?, string?, double?, FeatureRef?, string?)"/>
    public static RuleResult NotApplicable(
        string ruleId,
        string messageVi,
        string messageEn,
        double? measured = null,
        string? unit = null,
        double? against = null,
        FeatureRef? decidedBy = null,
        string? citing = null
    ) => new(ruleId, RuleOutcome.NotApplicable, messageVi, messageEn, null, null, measured, unit, against, decidedBy, citing);

    /// <inheritdoc cref="NotApplicable(string, string, string, double?, string?, double?, FeatureRef?, string?)"/>
    public static RuleResult NotApplicable(
        string ruleId,
        Func<string> messageVi,
        Func<string> messageEn,
        double? measured = null,
        string? unit = null,
        double? against = null,
        FeatureRef? decidedBy = null,
        string? citing = null
    ) => new(ruleId, RuleOutcome.NotApplicable, null, null, messageVi, messageEn, measured, unit, against, decidedBy, citing);

    /// <summary>A saved result as a store or a view reads it back: every field as it was written, the outcome from its code.</summary>
    /// <inheritdoc cref="Pass(string, string, string, double?, string?, double?, FeatureRef?, string?)"/>
    public static RuleResult Restore(
        string ruleId,
        RuleOutcome outcome,
        string messageVi,
        string messageEn,
        double? measured = null,
        string? unit = null,
        double? against = null,
        FeatureRef? decidedBy = null,
        string? citing = null
    ) => new(ruleId, outcome, messageVi, messageEn, null, null, measured, unit, against, decidedBy, citing);

    public string RuleId { get; }

    /// <summary>The outcome that counts: the engine's, or the appraiser's where <see cref="Override"/> is set.</summary>
    public RuleOutcome Outcome { get; }

    /// <summary>What the engine said, whether or not an appraiser overrode it.</summary>
    public RuleOutcome EngineOutcome { get; }

    /// <summary>The appraiser's override that set <see cref="Outcome"/>; null for the engine's own result.</summary>
    public RuleOverride? Override { get; }

    /// <summary>Rounded to 0.1 (APPRAISAL.md); null when nothing was measured.</summary>
    public double? MeasuredValue { get; }

    /// <summary>The measured value's unit (m, W, …).</summary>
    public string? Unit { get; }

    /// <summary>The plan's threshold the measured value was compared with, when there is one.</summary>
    public double? Threshold { get; }

    public FeatureRef? DecidingFeature { get; }

    public string? Citation { get; }

    public string MessageVi => _vi ??= _writeVi!();

    public string MessageEn => _en ??= _writeEn!();

    /// <summary>This result with an appraiser's outcome; the engine's outcome, figures and messages stay.</summary>
    internal RuleResult OverriddenBy(RuleOverride by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (by.RuleId != RuleId)
            throw new ArgumentException($"An override of {by.RuleId} cannot apply to {RuleId}.", nameof(by));
        return new RuleResult(this, by);
    }

    /// <summary>
    /// This result with other messages and without its figures or deciding feature; the outcomes and any override stay.
    /// What a reader outside the department gets of a rule that measured a confidential area (<see cref="ConfidentialAreas"/>).
    /// </summary>
    internal RuleResult Withholding(string messageVi, string messageEn) => new(this, messageVi, messageEn);

    public static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    public override string ToString() => $"{RuleId} {Outcome.Code()}: {MessageEn}";
}

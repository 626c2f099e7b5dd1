using TelecomGis.Core.Appraisal;

namespace TelecomGis.Api.Appraisals;

/// <summary>A rule's outcome as the API writes it: the measured value, the threshold, the deciding feature, messages in both languages.</summary>
/// <param name="Message">The message in the caller's primary language (Accept-Language).</param>
/// <param name="OriginalOutcome">When an appraiser overrode the rule: what the engine said.</param>
public sealed record RuleView(
    string RuleId,
    string Outcome,
    string Message,
    string MessageVi,
    string MessageEn,
    double? MeasuredValue,
    string? Unit,
    double? Threshold,
    FeatureRef? DecidingFeature,
    string? Citation,
    string? OriginalOutcome = null,
    string? OverrideReason = null
);

public sealed record SiteView(
    string Carrier,
    string SiteCode,
    double Lon,
    double Lat,
    string PoleClass,
    double HeightM,
    bool Camouflaged,
    string? SharesSiteId
);

public sealed record AppraisalView(SiteView Site, string Verdict, string VerdictText, string PlanVersion, IReadOnlyList<RuleView> Rules)
{
    /// <param name="result">The appraisal, with the appraisers' overrides applied (<see cref="AppraisalResult.WithOverrides"/>).</param>
    public static AppraisalView From(AppraisalResult result, bool english)
    {
        var rules = result.Results.Select(r => View(r, english)).ToList();
        var verdict = result.Verdict;
        var s = result.Site;
        return new AppraisalView(
            new SiteView(s.Carrier, s.SiteCode, s.LonDeg, s.LatDeg, s.PoleClass.ToString(), s.HeightM, s.Camouflaged, s.SharesSiteId),
            verdict.Code(),
            english ? verdict.English() : verdict.Vietnamese(),
            result.PlanVersion,
            rules
        );
    }

    private static RuleView View(RuleResult r, bool english) =>
        new(
            r.RuleId,
            r.Outcome.Code(),
            english ? r.MessageEn : r.MessageVi,
            r.MessageVi,
            r.MessageEn,
            r.MeasuredValue,
            r.Unit,
            r.Threshold,
            r.DecidingFeature,
            r.Citation,
            r.Override is null ? null : r.EngineOutcome.Code(),
            r.Override?.Reason
        );
}

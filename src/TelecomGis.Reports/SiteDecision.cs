namespace TelecomGis.Reports;

/// <summary>What the appraiser decided on one site, which the letter states after the appraisal's verdict.</summary>
public enum SiteDecisionKind
{
    Approve,
    ApproveWithConditions,
    Refuse,
}

/// <summary>The appraiser's decision on one site of the dossier.</summary>
/// <param name="Conditions">Required for <see cref="SiteDecisionKind.ApproveWithConditions"/>: what the carrier must do.</param>
/// <param name="Reason">Required for <see cref="SiteDecisionKind.Refuse"/>: why the department does not agree.</param>
public sealed record SiteDecision(SiteDecisionKind Kind, string? Conditions = null, string? Reason = null)
{
    public static SiteDecision Approve() => new(SiteDecisionKind.Approve);

    public static SiteDecision WithConditions(string conditions) =>
        string.IsNullOrWhiteSpace(conditions)
            ? throw new ArgumentException("Approving with conditions names the conditions.", nameof(conditions))
            : new(SiteDecisionKind.ApproveWithConditions, Conditions: conditions.Trim());

    public static SiteDecision Refuse(string reason) =>
        string.IsNullOrWhiteSpace(reason)
            ? throw new ArgumentException("A refusal gives its reason.", nameof(reason))
            : new(SiteDecisionKind.Refuse, Reason: reason.Trim());
}

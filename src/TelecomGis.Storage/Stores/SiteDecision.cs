namespace TelecomGis.Storage.Stores;

/// <summary>What the department decides about one site of a batch.</summary>
public enum SiteDecisionKind
{
    Approve,
    ApproveWithConditions,
    Refuse,
}

/// <summary>
/// The department's decision on one site (one row of a batch), appended to the batch's history: the latest of a row stands until
/// the letter is issued, earlier ones stay on record.
/// </summary>
/// <param name="Id">0 before it is saved.</param>
/// <param name="Row">The 1-based submitted row.</param>
/// <param name="Reason">Required when refusing.</param>
/// <param name="Conditions">Required when approving with conditions.</param>
public sealed record SiteDecision(
    long Id,
    long SubmissionId,
    int Row,
    SiteDecisionKind Decision,
    string? Reason,
    string? Conditions,
    string DecidedBy,
    DateTimeOffset DecidedAt
)
{
    /// <summary>The code the API and the database spell: approve, approve_with_conditions, refuse.</summary>
    public static string CodeOf(SiteDecisionKind kind) =>
        kind switch
        {
            SiteDecisionKind.Approve => "approve",
            SiteDecisionKind.ApproveWithConditions => "approve_with_conditions",
            _ => "refuse",
        };

    /// <summary>The kind of a code; null for anything else.</summary>
    public static SiteDecisionKind? Parse(string? code) =>
        code switch
        {
            "approve" => SiteDecisionKind.Approve,
            "approve_with_conditions" => SiteDecisionKind.ApproveWithConditions,
            "refuse" => SiteDecisionKind.Refuse,
            _ => null,
        };
}

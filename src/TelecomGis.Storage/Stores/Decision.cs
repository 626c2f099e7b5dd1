namespace TelecomGis.Storage.Stores;

/// <summary>Whether an entry decides a whole batch or overrides one rule's outcome on one row.</summary>
public enum DecisionKind
{
    Decision,
    Override,
}

/// <summary>
/// An entry appended to a batch's history: the department's decision on the batch, or an override of one rule on one row
/// (rule id, written reason, who, when). Entries are never changed; a later entry supersedes an earlier one.
/// </summary>
/// <param name="Id">0 before it is saved.</param>
/// <param name="Row">For an override: the 1-based submitted row.</param>
/// <param name="RuleId">For an override: the rule whose outcome is overridden, e.g. "R09".</param>
/// <param name="Outcome">For a decision, e.g. "approved" or "refused"; for an override, the outcome it stands for ("pass", …).</param>
/// <param name="Reason">Required: an override or decision without a written reason is refused.</param>
public sealed record Decision(
    long Id,
    long SubmissionId,
    DecisionKind Kind,
    int? Row,
    string? RuleId,
    string Outcome,
    string Reason,
    string DecidedBy,
    DateTimeOffset DecidedAt
)
{
    public static Decision OnBatch(long submissionId, string outcome, string reason, string decidedBy, DateTimeOffset at) =>
        new(0, submissionId, DecisionKind.Decision, null, null, outcome, reason, decidedBy, at);

    public static Decision OverrideRule(
        long submissionId,
        int row,
        string ruleId,
        string outcome,
        string reason,
        string decidedBy,
        DateTimeOffset at
    ) => new(0, submissionId, DecisionKind.Override, row, ruleId, outcome, reason, decidedBy, at);
}

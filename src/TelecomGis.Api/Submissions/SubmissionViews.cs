using TelecomGis.Api.Appraisals;
using TelecomGis.Api.Auth;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Submissions;

/// <param name="Status">pending until a decision is appended; then the latest decision's outcome (approved, refused).</param>
/// <param name="Verdicts">In a listing, how many rows got each verdict (conforms, does_not_conform, needs_consultation,
/// rejected); a batch's detail gives them beside its rows instead.</param>
public sealed record SubmissionSummary(
    long Id,
    string Carrier,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    string PlanVersion,
    int RowCount,
    string Status,
    IReadOnlyDictionary<string, int>? Verdicts = null
)
{
    public static SubmissionSummary From(Submission s, IReadOnlyList<Decision> decisions) =>
        new(s.Id, s.Carrier, s.SubmittedBy, s.SubmittedAt, s.PlanVersion.Hash, s.RowCount, StatusOf(decisions));

    public static SubmissionSummary From(ListedSubmission listed)
    {
        var (s, v) = (listed.Submission, listed.Verdicts);
        var verdicts = new Dictionary<string, int>
        {
            ["conforms"] = v.Conforms,
            ["does_not_conform"] = v.DoesNotConform,
            ["needs_consultation"] = v.NeedsConsultation,
            ["rejected"] = v.Rejected,
        };
        return new(s.Id, s.Carrier, s.SubmittedBy, s.SubmittedAt, s.PlanVersion.Hash, s.RowCount, listed.Status, verdicts);
    }

    public static string StatusOf(IReadOnlyList<Decision> decisions) =>
        decisions.LastOrDefault(d => d.Kind == DecisionKind.Decision)?.Outcome ?? "pending";
}

public sealed record RejectionView(string Field, string Message, string MessageVi, string MessageEn);

/// <param name="Verdict">conforms, does_not_conform, needs_consultation, or rejected when the row could not be read.</param>
/// <param name="Alternative">When asked for (?where=true) and the site does not conform: where within the plan's radius it would.</param>
public sealed record RowView(
    int Row,
    string SiteCode,
    string Verdict,
    RejectionView? Rejection,
    AppraisalView? Appraisal,
    ConformingAlternative? Alternative
);

public sealed record DecisionView(
    long Id,
    string Kind,
    int? Row,
    string? RuleId,
    string Outcome,
    string Reason,
    string DecidedBy,
    DateTimeOffset DecidedAt
)
{
    public static DecisionView From(Decision d) =>
        new(
            d.Id,
            d.Kind == DecisionKind.Decision ? "decision" : "override",
            d.Row,
            d.RuleId,
            d.Outcome,
            d.Reason,
            d.DecidedBy,
            d.DecidedAt
        );
}

public sealed record SubmissionDetail(
    SubmissionSummary Submission,
    IReadOnlyDictionary<string, int> Verdicts,
    IReadOnlyList<RowView> Rows,
    IReadOnlyList<DecisionView> Decisions
)
{
    /// <param name="viewer">Who reads it: outside the department, R04 names no military or security area (<see cref="ConfidentialAreaAccess"/>).</param>
    public static SubmissionDetail From(
        Submission s,
        IReadOnlyList<RowOutcome> rows,
        IReadOnlyList<Decision> decisions,
        bool english,
        ApiUser viewer
    )
    {
        // The latest override of each (row, rule) stands; earlier ones stay in the history.
        var overrides = DecisionOverrides.ByRow(decisions);
        var views = rows.Select(r =>
            {
                var appraisal = r.Appraisal is null
                    ? null
                    : AppraisalView.From(r.Appraisal.WithOverrides(overrides[r.Row.Row]).SeenBy(viewer), english);
                var rejection = r.Row.Rejection is { } j
                    ? new RejectionView(j.Field, english ? j.MessageEn : j.MessageVi, j.MessageVi, j.MessageEn)
                    : null;
                return new RowView(r.Row.Row, r.Row.SiteCode, appraisal?.Verdict ?? r.VerdictCode, rejection, appraisal, r.Alternative);
            })
            .ToList();
        var counts = views.GroupBy(v => v.Verdict).ToDictionary(g => g.Key, g => g.Count());
        return new SubmissionDetail(SubmissionSummary.From(s, decisions), counts, views, [.. decisions.Select(DecisionView.From)]);
    }
}

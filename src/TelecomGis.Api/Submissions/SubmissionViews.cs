using System.Text.Json.Serialization;
using TelecomGis.Api.Appraisals;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Desk;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Submissions;

/// <param name="Status">Where the dossier stands on the desk: pending, decided or issued (<see cref="DeskStatus"/>);
/// <paramref name="StatusText"/> says it in the request's language.</param>
/// <param name="Verdicts">In a listing, how many rows got each verdict (conforms, does_not_conform, needs_consultation,
/// rejected); a batch's detail gives them beside its rows instead.</param>
/// <param name="Incoming">The carrier's covering letter, or null when the dossier came without one.</param>
/// <param name="ReceivedAt">When the department received the dossier (the upload).</param>
/// <param name="DueDate">The last day to answer it: <see cref="DeskOptions.WorkingDays"/> working days after receipt.</param>
/// <param name="Overdue">Not answered by an issued letter and past its due date today (the department's day, UTC+7).</param>
/// <param name="Letters">The letters issued on it, oldest first; a later one replaces the one it names.</param>
public sealed record SubmissionSummary(
    long Id,
    string Carrier,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    string PlanVersion,
    int RowCount,
    string Status,
    string StatusText,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] IncomingView? Incoming,
    DateTimeOffset ReceivedAt,
    DateOnly DueDate,
    bool Overdue,
    IReadOnlyList<LetterView> Letters,
    IReadOnlyDictionary<string, int>? Verdicts = null
)
{
    public static SubmissionSummary From(Dossier d, DueDates due, bool english) => From(d.Batch, d.Status, d.Letters, due, english, null);

    public static SubmissionSummary From(ListedSubmission listed, IReadOnlyList<IssuedLetter> letters, DueDates due, bool english)
    {
        var v = listed.Verdicts;
        var verdicts = new Dictionary<string, int>
        {
            ["conforms"] = v.Conforms,
            ["does_not_conform"] = v.DoesNotConform,
            ["needs_consultation"] = v.NeedsConsultation,
            ["rejected"] = v.Rejected,
        };
        return From(listed.Submission, listed.Status, letters, due, english, verdicts);
    }

    private static SubmissionSummary From(
        Submission s,
        string status,
        IReadOnlyList<IssuedLetter> letters,
        DueDates due,
        bool english,
        IReadOnlyDictionary<string, int>? verdicts
    )
    {
        var dueDate = due.DueOf(s.SubmittedAt);
        var numbers = letters.ToDictionary(l => l.Id, l => l.Number);
        return new(
            s.Id,
            s.Carrier,
            s.SubmittedBy,
            s.SubmittedAt,
            s.PlanVersion.Hash,
            s.RowCount,
            status,
            DeskStatus.TextOf(status, english),
            s.Incoming is { } i ? new IncomingView(i.Number, i.Date, i.Signer, i.Subject) : null,
            s.SubmittedAt,
            dueDate,
            due.IsOverdue(dueDate, status),
            [.. letters.Select(l => new LetterView(l.Number, l.IssuedAt, l.Replaces is { } r ? numbers.GetValueOrDefault(r) : null))],
            verdicts
        );
    }
}

/// <summary>The carrier's covering letter: number and symbol, date (yyyy-mm-dd), signer, subject.</summary>
public sealed record IncomingView(string Number, DateOnly Date, string? Signer, string? Subject);

/// <summary>An issued letter: its register number, when it was issued, and the number of the letter it replaces (or null).</summary>
public sealed record LetterView(
    string Number,
    DateTimeOffset IssuedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Replaces
);

/// <summary>The department's decision on one site: approve, approve_with_conditions or refuse.</summary>
public sealed record SiteDecisionView(string Decision, string? Reason, string? Conditions, string DecidedBy, DateTimeOffset DecidedAt)
{
    public static SiteDecisionView From(SiteDecision d) =>
        new(SiteDecision.CodeOf(d.Decision), d.Reason, d.Conditions, d.DecidedBy, d.DecidedAt);
}

/// <summary>A consulted authority's recorded answer on one rule of one site: agrees, objects or conditions.</summary>
public sealed record ConsultationView(
    string Rule,
    string Authority,
    string DocumentNumber,
    DateOnly Date,
    string Answer,
    string? Conditions,
    string RecordedBy,
    DateTimeOffset RecordedAt
)
{
    public static ConsultationView From(Consultation c) =>
        new(
            c.RuleId,
            c.Authority,
            c.DocumentNumber,
            c.DocumentDate,
            Consultation.CodeOf(c.Answer),
            c.Conditions,
            c.RecordedBy,
            c.RecordedAt
        );
}

public sealed record RejectionView(string Field, string Message, string MessageVi, string MessageEn);

/// <param name="Verdict">conforms, does_not_conform, needs_consultation, or rejected when the row could not be read.</param>
/// <param name="Alternative">When asked for (?where=true) and the site does not conform: where within the plan's radius it would.</param>
/// <param name="Decision">The department's latest decision on the site, or null.</param>
/// <param name="Consultations">The consulted authorities' answers on its rules, in the order recorded.</param>
public sealed record RowView(
    int Row,
    string SiteCode,
    string Verdict,
    RejectionView? Rejection,
    AppraisalView? Appraisal,
    ConformingAlternative? Alternative,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] SiteDecisionView? Decision,
    IReadOnlyList<ConsultationView> Consultations
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
    public static SubmissionDetail From(Dossier dossier, DueDates due, bool english, ApiUser viewer)
    {
        // The latest override or consultation answer of each (row, rule) stands; earlier ones stay in the history.
        var decisions = dossier.SiteDecisionByRow;
        var consultations = dossier.Consultations.ToLookup(c => c.Row);
        var views = dossier
            .RowsAsAnswered(a => a.SeenBy(viewer))
            .Select(r =>
            {
                var appraisal = r.Appraisal is null ? null : AppraisalView.From(r.Appraisal, english);
                var rejection = r.Row.Rejection is { } j
                    ? new RejectionView(j.Field, english ? j.MessageEn : j.MessageVi, j.MessageVi, j.MessageEn)
                    : null;
                return new RowView(
                    r.Row.Row,
                    r.Row.SiteCode,
                    appraisal?.Verdict ?? r.VerdictCode,
                    rejection,
                    appraisal,
                    r.AlternativeSeenBy(viewer),
                    decisions.TryGetValue(r.Row.Row, out var d) ? SiteDecisionView.From(d) : null,
                    [.. consultations[r.Row.Row].Select(ConsultationView.From)]
                );
            })
            .ToList();
        var counts = views.GroupBy(v => v.Verdict).ToDictionary(g => g.Key, g => g.Count());
        return new SubmissionDetail(
            SubmissionSummary.From(dossier, due, english),
            counts,
            views,
            [.. dossier.Decisions.Select(DecisionView.From)]
        );
    }
}

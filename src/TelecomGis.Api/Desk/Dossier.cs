using TelecomGis.Api.Problems;
using TelecomGis.Api.Submissions;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Desk;

/// <summary>
/// A batch with everything the desk has appended to it: batch decisions and overrides, site decisions, consultations, issued
/// letters and corrections. Read once per request; the handlers decide from it what a change may do.
/// </summary>
public sealed record Dossier(
    Submission Batch,
    IReadOnlyList<RowOutcome> Rows,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyList<SiteDecision> SiteDecisions,
    IReadOnlyList<Consultation> Consultations,
    IReadOnlyList<IssuedLetter> Letters,
    IReadOnlyList<Correction> Corrections
)
{
    public static async Task<Dossier> LoadAsync(IAppraisalStore store, Submission batch, CancellationToken cancellationToken) =>
        new(
            batch,
            await store.LoadRowsAsync(batch.Id, cancellationToken),
            await store.ListDecisionsAsync(batch.Id, cancellationToken),
            await store.ListSiteDecisionsAsync(batch.Id, cancellationToken),
            await store.ListConsultationsAsync(batch.Id, cancellationToken),
            await store.ListLettersAsync(batch.Id, cancellationToken),
            await store.ListCorrectionsAsync(batch.Id, cancellationToken)
        );

    /// <summary>A batch just saved: nothing appended yet.</summary>
    public static Dossier New(Submission batch, IReadOnlyList<RowOutcome> rows) => new(batch, rows, [], [], [], [], []);

    /// <summary>The latest letter while no correction reopened it; null before issue and while a correction is open.</summary>
    public IssuedLetter? LetterInForce => Latest is { } last && Corrections.All(c => c.LetterId != last.Id) ? last : null;

    /// <summary>The latest letter issued, in force or being corrected; null before the first issue.</summary>
    public IssuedLetter? Latest => Letters.Count > 0 ? Letters[^1] : null;

    /// <summary>The letter an open correction reopened: the next letter issued replaces it.</summary>
    public IssuedLetter? LetterBeingCorrected => Latest is { } last && Corrections.Any(c => c.LetterId == last.Id) ? last : null;

    public string Status => DeskStatus.Of(Rows, Decisions, SiteDecisions, LetterInForce);

    /// <summary>Each row's latest site decision.</summary>
    public IReadOnlyDictionary<int, SiteDecision> SiteDecisionByRow =>
        SiteDecisions.GroupBy(d => d.Row).ToDictionary(g => g.Key, g => g.Last());

    /// <summary>Overrides and consultation answers, each row's in the order they were appended, as the core applies them.</summary>
    public ILookup<int, RuleOverride> Overrides => DecisionOverrides.ByRow(Decisions, Consultations);

    /// <summary>
    /// Each row with its appraisal as the department answers it so far: the overrides and consultation answers applied, then
    /// <paramref name="seen"/>, what the reader may see of it (<see cref="Auth.ConfidentialAreaAccess.SeenBy"/>, or a letter's
    /// redaction).
    /// </summary>
    public IReadOnlyList<RowOutcome> RowsAsAnswered(Func<AppraisalResult, AppraisalResult> seen)
    {
        var overrides = Overrides;
        return
        [
            .. Rows.Select(r => r.Appraisal is null ? r : r with { Appraisal = seen(r.Appraisal.WithOverrides(overrides[r.Row.Row])) }),
        ];
    }

    /// <summary>Refuses a change once the letter is issued: a correction must reopen the dossier first.</summary>
    public void EnsureNotIssued()
    {
        if (LetterInForce is { } letter)
        {
            throw new ConflictException(
                $"Submission {Batch.Id} was answered by letter {letter.Number}: open a correction before changing it.",
                $"Hồ sơ đã được trả lời bằng Công văn số {letter.Number}; muốn thay đổi, cần mở đính chính trước."
            );
        }
    }
}

using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Planning;

namespace TelecomGis.Storage.Stores;

/// <summary>
/// What the service keeps: imported plan versions (immutable, keyed by <see cref="PlanVersion"/>), carriers' submissions with their
/// appraisals, and the decisions and overrides appended to them. Two implementations: <see cref="GeoPackage.GeoPackageStore"/>
/// (one file, the embedded default) and <see cref="PostGis.PostGisStore"/> (a department's server).
/// </summary>
/// <remarks>Nothing is ever updated in place: a plan version that an appraisal refers to cannot be changed or deleted, and a batch's
/// history is its rows in the order they were appended.</remarks>
public interface IAppraisalStore : IRegisterStore, IKeyStore, IJobStore, IAsyncDisposable
{
    /// <summary>The province (2025 code) this view of the store is limited to; null: every province (issue 12, item 5).</summary>
    string? Province { get; }

    /// <summary>
    /// The same store seen from one province: plan versions, batches (and their rows, decisions, letters) and the register of that
    /// province only; another province's row reads as unknown; null: every province. Shares the connections; disposing the view
    /// does nothing (a request's scope may own it).
    /// </summary>
    IAppraisalStore InProvince(string? provinceCode);

    /// <summary>Imports every layer of the plan as one immutable version, in one transaction.</summary>
    /// <returns>True when imported; false when this version was already there (nothing is written).</returns>
    Task<bool> ImportPlanAsync(ProvincePlan plan, CancellationToken cancellationToken = default);

    /// <summary>The imported versions, oldest import first.</summary>
    Task<IReadOnlyList<StoredPlanVersion>> ListPlanVersionsAsync(CancellationToken cancellationToken = default);

    /// <summary>The plan as it was imported, or null when the version is unknown.</summary>
    Task<ProvincePlan?> LoadPlanAsync(PlanVersion version, CancellationToken cancellationToken = default);

    /// <summary>Makes an imported version the one new submissions are appraised against, by appending an activation.</summary>
    /// <exception cref="ArgumentException">The version was never imported.</exception>
    Task ActivatePlanAsync(
        PlanVersion version,
        string activatedBy,
        DateTimeOffset activatedAt,
        CancellationToken cancellationToken = default
    );

    /// <summary>Who an activation names when no person made it: the first run's activation of the bundled plan.</summary>
    public const string SystemActor = "system";

    /// <summary>
    /// The current version: the latest activated; null when nothing was ever activated. Importing a version never makes it
    /// current, not even after a restart: only an activation does (issue 10).
    /// </summary>
    Task<PlanVersion?> CurrentPlanVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Every activation in the order it was made (append-only): which version was current when.</summary>
    Task<IReadOnlyList<RecordedActivation>> ListPlanActivationsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns when a plan version may have been activated (by any process on this store), or after <paramref name="atMost"/>:
    /// PostgreSQL is told at once (LISTEN/NOTIFY), the embedded store is polled every half second. The caller then reads
    /// <see cref="CurrentPlanVersionAsync"/>. One caller at a time.
    /// </summary>
    Task WaitForPlanActivationAsync(TimeSpan atMost, CancellationToken cancellationToken = default);

    /// <summary>Deletes a version no submission refers to and that was never activated.</summary>
    /// <exception cref="PlanVersionInUseException">A submission was appraised against it, or it was activated.</exception>
    Task DeletePlanAsync(PlanVersion version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a carrier's batch with its rows and their appraisals in one transaction: all of it or none of it. When the carrier
    /// already sent <see cref="NewSubmission.IdempotencyKey"/>, nothing is written and the earlier batch comes back.
    /// </summary>
    /// <param name="rows">Read once, as the rows are written; cancelling stops the batch and writes nothing.</param>
    Task<SavedSubmission> SaveSubmissionAsync(
        NewSubmission submission,
        IEnumerable<RowOutcome> rows,
        CancellationToken cancellationToken = default
    );

    /// <summary>A batch's rows with their appraisals as saved, in row order.</summary>
    Task<IReadOnlyList<RowOutcome>> LoadRowsAsync(long submissionId, CancellationToken cancellationToken = default);

    /// <summary>One batch by its id, whoever submitted it; null when there is none (the caller decides who may see it).</summary>
    Task<Submission?> FindSubmissionAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The carrier's batch saved under this idempotency key, or null: a retry's lookup, without listing the carrier's batches.</summary>
    Task<Submission?> FindSubmissionAsync(string carrier, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>The batches one carrier submitted, newest first; another carrier's are never among them.</summary>
    Task<IReadOnlyList<Submission>> ListSubmissionsAsync(string carrier, CancellationToken cancellationToken = default);

    /// <summary>The batches still pending on the desk (no batch decision, and some appraised row without a site decision), oldest first.</summary>
    Task<IReadOnlyList<Submission>> ListPendingAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the batches the query matches, newest first (or oldest first), each with its status and verdict counts, and
    /// how many match in all: one query, whatever the number of batches.
    /// </summary>
    /// <param name="offset">Batches to skip, from 0.</param>
    /// <param name="limit">Batches in the page, 1 to <see cref="SqlAppraisalStore.MaxPageSize"/>.</param>
    Task<SubmissionPage> ListSubmissionsAsync(SubmissionQuery query, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>Appends a decision on a batch or an override of one rule on one row; earlier entries stay as they were.</summary>
    Task<Decision> AppendDecisionAsync(Decision decision, CancellationToken cancellationToken = default);

    /// <summary>A batch's decisions and overrides in the order they were appended.</summary>
    Task<IReadOnlyList<Decision>> ListDecisionsAsync(long submissionId, CancellationToken cancellationToken = default);

    /// <summary>Appends a decision on one site; the latest of a row stands.</summary>
    Task<SiteDecision> AppendSiteDecisionAsync(SiteDecision decision, CancellationToken cancellationToken = default);

    /// <summary>A batch's site decisions in the order they were appended.</summary>
    Task<IReadOnlyList<SiteDecision>> ListSiteDecisionsAsync(long submissionId, CancellationToken cancellationToken = default);

    /// <summary>Appends a consulted authority's answer about one rule on one site; the latest of a (row, rule) stands.</summary>
    Task<Consultation> AppendConsultationAsync(Consultation consultation, CancellationToken cancellationToken = default);

    /// <summary>A batch's recorded consultations in the order they were appended.</summary>
    Task<IReadOnlyList<Consultation>> ListConsultationsAsync(long submissionId, CancellationToken cancellationToken = default);

    /// <summary>The next number of the year's register: 1 for a year with no letter yet, else one past the highest.</summary>
    Task<int> NextRegisterSeqAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>Stores an issued letter's bytes with their SHA-256, once; they are never changed.</summary>
    /// <exception cref="RegisterNumberTakenException">The register already holds its number, or its year and seq; or the batch
    /// already has a letter replacing the same one (a first letter, or a correction's).</exception>
    Task<IssuedLetter> IssueLetterAsync(NewLetter letter, CancellationToken cancellationToken = default);

    /// <summary>A batch's issued letters, oldest first.</summary>
    Task<IReadOnlyList<IssuedLetter>> ListLettersAsync(long submissionId, CancellationToken cancellationToken = default);

    /// <summary>The issued letters of several batches (a listing's page), in one query, oldest first.</summary>
    Task<IReadOnlyList<IssuedLetter>> ListLettersAsync(IReadOnlyList<long> submissionIds, CancellationToken cancellationToken = default);

    /// <summary>The bytes of one issued letter's file exactly as stored at issue; null for an unknown letter.</summary>
    Task<byte[]?> LoadLetterFileAsync(long letterId, LetterFileKind kind, CancellationToken cancellationToken = default);

    /// <summary>Opens a correction against an issued letter (one per letter).</summary>
    Task<Correction> OpenCorrectionAsync(Correction correction, CancellationToken cancellationToken = default);

    /// <summary>A batch's corrections, oldest first.</summary>
    Task<IReadOnlyList<Correction>> ListCorrectionsAsync(long submissionId, CancellationToken cancellationToken = default);
}

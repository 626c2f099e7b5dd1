using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Desk;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Submissions;

/// <summary>
/// A carrier's batch (one site or a file) under an idempotency key. Rows that cannot be read are kept as rejections beside the
/// appraised ones; a batch with nothing to appraise is refused whole, so nothing is written for it.
/// </summary>
/// <param name="Single">One site sent as JSON: its errors name the field only, not a row.</param>
/// <param name="FindAlternatives">Also search, for each site that does not conform, the nearest point within the plan's radius where it would.</param>
/// <param name="ContentHash">The SHA-256 of what was sent (<see cref="SubmissionContent"/>), kept with the key: the key sent again with
/// other content is refused (422), not answered with the first batch.</param>
/// <param name="Incoming">The carrier's covering letter, when sent; its date is checked against the day it is received.</param>
public sealed record SubmitSites(
    ApiUser User,
    string IdempotencyKey,
    IReadOnlyList<SubmissionRow> Rows,
    bool Single,
    bool FindAlternatives = false,
    string? ContentHash = null,
    IncomingInput? Incoming = null
) : IRequest<SubmissionReceipt>, IValidated
{
    /// <summary>
    /// The most rows a batch may have for the conforming-point search (?where=true). The search re-runs the decisive rules on a
    /// grid out to 1 km for every site that does not conform, some 14 ms of CPU a site on the review's machine (issue 14: a
    /// 20,000-row upload with ?where=true held both cores for 285 s); 1,000 rows bound it to seconds, and a department asks
    /// where a site could go for the few it is about to refuse, not for a province's worth of rows.
    /// </summary>
    public const int MaxRowsWithAlternatives = 1_000;

    public IEnumerable<FieldError> Validate()
    {
        if (FindAlternatives && Rows.Count > MaxRowsWithAlternatives)
        {
            yield return new FieldError(
                "where",
                $"?where=true searches for a conforming point only in batches of up to {MaxRowsWithAlternatives} rows; this one has {Rows.Count}. Send it without where, or in parts.",
                $"?where=true chỉ tìm vị trí phù hợp cho hồ sơ tối đa {MaxRowsWithAlternatives} dòng; hồ sơ này có {Rows.Count} dòng. Hãy gửi không kèm where, hoặc chia nhỏ hồ sơ."
            );
            yield break;
        }
        if (IdempotencyKey.Length > 200)
            yield return new FieldError(
                "Idempotency-Key",
                "The Idempotency-Key header is longer than 200 characters.",
                "Tiêu đề Idempotency-Key dài quá 200 ký tự."
            );
        if (Rows.Count == 0)
        {
            yield return new FieldError("file", "The batch has no rows.", "Tệp không có dòng nào.");
            yield break;
        }
        if (Rows.All(r => r.Rejection is not null))
        {
            foreach (var r in Rows.Select(r => r.Rejection!))
                yield return new FieldError(r.Field, r.MessageEn, r.MessageVi, Single ? null : r.Row);
        }
    }
}

public sealed record SubmissionReceipt(Submission Submission, bool Created, IReadOnlyList<RowOutcome> Rows);

public sealed class SubmitSitesHandler(
    IAppraisalStore store,
    CurrentPlan current,
    TimeProvider clock,
    DueDates due,
    ServiceMetrics metrics,
    Register.RegisterEngines registerEngines
) : IRequestHandler<SubmitSites, SubmissionReceipt>
{
    /// <summary>Below this many rows a batch is appraised on the request's own thread (tens of microseconds a row).</summary>
    private const int MinRowsInParallel = 64;

    public async ValueTask<SubmissionReceipt> Handle(SubmitSites request, CancellationToken cancellationToken)
    {
        var carrier = request.User.Carrier!;
        var receivedAt = clock.GetUtcNow();
        if (request.Incoming?.Validate(due.DayOf(receivedAt)).ToList() is { Count: > 0 } wrong)
            throw new RequestValidationException(wrong);
        // A retry of a batch already saved is answered from the store, before anything is appraised again.
        if (await store.FindSubmissionAsync(carrier, request.IdempotencyKey, cancellationToken) is { } earlier)
        {
            CheckSameContent(earlier, request);
            return new SubmissionReceipt(earlier, false, await store.LoadRowsAsync(earlier.Id, cancellationToken));
        }

        // Appraised against the register as of now (issue 11): proposals received before this one count, first received, first
        // served; one batch at a time, so that two batches received together do not each miss the other.
        await using var intake = await registerEngines.EnterIntakeAsync(cancellationToken);
        var (engine, registerRead) = await registerEngines.ForAsync(current, cancellationToken);
        // A few rows are appraised here: handed to the pool's other threads, they would wait behind every other request while this
        // one holds the intake (issue 14, item 6: under load that wait was a fifth of a dossier's time in the queue).
        List<RowOutcome> outcomes =
            request.Rows.Count < MinRowsInParallel
                ? [.. request.Rows.Select(r => Appraise(engine, r, request.FindAlternatives))]
                : request
                    .Rows.AsParallel()
                    .AsOrdered()
                    .WithCancellation(cancellationToken)
                    .Select(r => Appraise(engine, r, request.FindAlternatives))
                    .ToList();
        var saved = await store.SaveSubmissionAsync(
            new NewSubmission(
                request.IdempotencyKey,
                carrier,
                request.User.UserId,
                receivedAt,
                current.Plan.Version,
                request.ContentHash,
                request.Incoming?.ToDocument(),
                registerRead
            ),
            outcomes,
            cancellationToken
        );
        // Two concurrent requests under one key: the store keeps the first and hands it back to the second, which must be a retry.
        if (!saved.Created)
            CheckSameContent(saved.Submission, request);
        var rows = saved.Created ? outcomes : await store.LoadRowsAsync(saved.Submission.Id, cancellationToken);
        return new SubmissionReceipt(saved.Submission, saved.Created, rows);
    }

    /// <summary>
    /// The key was seen: a retry carries the same bytes. A batch saved before the stores kept a hash has none, and its key is
    /// answered as before.
    /// </summary>
    private static void CheckSameContent(Submission earlier, SubmitSites request)
    {
        if (earlier.ContentHash is { } kept && request.ContentHash is { } sent && !string.Equals(kept, sent, StringComparison.Ordinal))
            throw new IdempotencyKeyReusedException(request.IdempotencyKey, earlier.Id);
    }

    private RowOutcome Appraise(AppraisalEngine engine, SubmissionRow row, bool findAlternative)
    {
        if (row.Site is null)
            return new RowOutcome(row, null);
        var result = engine.Appraise(row.Site);
        metrics.Appraised(result);
        // A batch is a carrier's, and so is its answer: military and security areas do not shape the point (ConfidentialAreas).
        var alternative =
            findAlternative && ConformingAlternative.IsSoughtFor(result.Verdict)
                ? engine.FindConformingAlternative(row.Site, confidentialAreasCount: false)
                : null;
        return new RowOutcome(row, result, alternative);
    }
}

/// <summary>A row of another carrier in a carrier's upload is rejected: a carrier submits only its own sites.</summary>
public static class OwnCarrier
{
    public static SubmissionRow Check(SubmissionRow row, string carrier) =>
        row.Rejection is null && !string.Equals(row.Carrier, carrier, StringComparison.OrdinalIgnoreCase)
            ? SubmissionRow.Rejected(
                row.Row,
                row.Carrier,
                row.SiteCode,
                "carrier",
                $"Doanh nghiệp \"{row.Carrier}\" khác với doanh nghiệp của khóa API ({carrier}).",
                $"The carrier \"{row.Carrier}\" is not the API key's carrier ({carrier})."
            )
            : row;
}

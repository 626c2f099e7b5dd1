namespace TelecomGis.Storage.Stores;

/// <summary>Which batches a listing returns, and in what order.</summary>
/// <param name="Carrier">One carrier's batches only; null: every carrier's (an appraiser's or admin's view).</param>
/// <param name="Status">"pending", "decided" or "issued" (see <c>SqlAppraisalStore.StatusOfBatch</c>); null: any.</param>
/// <param name="OldestFirst">Oldest first (the appraisers' queue): the order of due dates too, since a later receipt never falls
/// due earlier; otherwise newest first.</param>
public sealed record SubmissionQuery(string? Carrier = null, string? Status = null, bool OldestFirst = false);

/// <summary>How many of a batch's rows got each verdict; <paramref name="Rejected"/> rows could not be read, so were not appraised.</summary>
public sealed record VerdictCounts(int Conforms, int DoesNotConform, int NeedsConsultation, int Rejected);

/// <summary>A batch as a listing shows it: the batch, its status on the desk (pending, decided, issued), its verdicts.</summary>
public sealed record ListedSubmission(Submission Submission, string Status, VerdictCounts Verdicts);

/// <summary>One page of a listing, and how many batches the query matches in all.</summary>
public sealed record SubmissionPage(IReadOnlyList<ListedSubmission> Items, int Total, int Offset, int Limit);

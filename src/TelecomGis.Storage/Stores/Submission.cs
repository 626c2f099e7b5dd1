using TelecomGis.Core.Planning;

namespace TelecomGis.Storage.Stores;

/// <summary>A saved batch of a carrier's proposed sites.</summary>
/// <param name="SubmittedAt">UTC, to the millisecond (what both stores keep).</param>
public sealed record Submission(long Id, string IdempotencyKey, string Carrier, string SubmittedBy, DateTimeOffset SubmittedAt, PlanVersion PlanVersion, int RowCount);

/// <summary>What saving a batch gave: the batch, and whether it was written now (false: the key had been seen).</summary>
public sealed record SavedSubmission(Submission Submission, bool Created);

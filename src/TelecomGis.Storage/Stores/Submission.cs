using TelecomGis.Core.Planning;

namespace TelecomGis.Storage.Stores;

/// <summary>A saved batch of a carrier's proposed sites.</summary>
/// <param name="SubmittedAt">UTC, to the millisecond (what both stores keep).</param>
/// <param name="ContentHash">The SHA-256 (lowercase hex) of what the idempotency key was first sent with; null for batches saved
/// before the stores kept it.</param>
/// <param name="Incoming">The carrier's covering letter, when the dossier came with one; the batch was received at
/// <paramref name="SubmittedAt"/>.</param>
public sealed record Submission(
    long Id,
    string IdempotencyKey,
    string Carrier,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    PlanVersion PlanVersion,
    int RowCount,
    string? ContentHash = null,
    IncomingDocument? Incoming = null
);

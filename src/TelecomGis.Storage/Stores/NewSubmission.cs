using TelecomGis.Core.Planning;

namespace TelecomGis.Storage.Stores;

/// <summary>A batch about to be saved: who sent it, when, under which key, appraised against which plan version.</summary>
/// <param name="IdempotencyKey">The carrier's own key for this upload: sending it again returns the first batch instead of a copy.</param>
/// <param name="SubmittedBy">The user id of the person who uploaded it.</param>
/// <param name="ContentHash">The SHA-256 (lowercase hex) of the uploaded file's bytes or the JSON body, kept with the key so that
/// the key sent again with other content can be told apart from a retry.</param>
/// <param name="Incoming">The carrier's covering letter, when the dossier came with one.</param>
/// <param name="Register">The register state the rows were appraised against (issue 11), kept beside the plan version.</param>
public sealed record NewSubmission(
    string IdempotencyKey,
    string Carrier,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    PlanVersion PlanVersion,
    string? ContentHash = null,
    IncomingDocument? Incoming = null,
    RegisterRead? Register = null
);

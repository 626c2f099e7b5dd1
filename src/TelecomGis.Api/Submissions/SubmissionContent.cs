using System.Security.Cryptography;

namespace TelecomGis.Api.Submissions;

/// <summary>
/// The fingerprint kept with a batch's Idempotency-Key: the SHA-256 of the bytes the carrier sent (the uploaded file, or the JSON
/// body of one site), so that the key sent again is answered with the first batch only when it carries the same content.
/// </summary>
public static class SubmissionContent
{
    /// <summary>SHA-256 of <paramref name="content"/>, lowercase hex (64 characters).</summary>
    public static string HashOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}

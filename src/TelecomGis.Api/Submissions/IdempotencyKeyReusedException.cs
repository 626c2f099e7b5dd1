using TelecomGis.Api.Problems;

namespace TelecomGis.Api.Submissions;

/// <summary>
/// The carrier sent an Idempotency-Key it had already used, with other content: a retry would carry the same bytes, so this is a
/// new upload under an old key. Answering it with the first batch would silently drop the new file (issue 14), so it is refused
/// with 422, as the IETF Idempotency-Key draft (draft-ietf-httpapi-idempotency-key-header, §2.7) recommends for a reused key.
/// </summary>
public sealed class IdempotencyKeyReusedException(string key, long batchId)
    : ProblemException(
        StatusCodes.Status422UnprocessableEntity,
        "The Idempotency-Key header was already used for different content.",
        $"Khóa Idempotency-Key \"{key}\" đã được dùng cho hồ sơ #{batchId} với nội dung khác; hãy gửi tệp mới với một khóa mới. "
            + $"The Idempotency-Key \"{key}\" was already used for batch #{batchId} with different content; send a new upload under a new key."
    )
{
    public string Key { get; } = key;
}

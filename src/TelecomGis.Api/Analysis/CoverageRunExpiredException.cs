using TelecomGis.Api.Problems;

namespace TelecomGis.Api.Analysis;

/// <summary>A coverage run that finished and whose results were released (<see cref="CoverageRetention"/>): 410 Gone, not 404, so
/// the client knows to start the run again rather than doubt the id.</summary>
public sealed class CoverageRunExpiredException(Guid id)
    : ProblemException(
        StatusCodes.Status410Gone,
        $"Coverage run {id} has expired: its results were released to free memory.",
        "Kết quả lượt tính vùng phủ này đã hết thời hạn lưu và đã được giải phóng; hãy chạy lại."
    );

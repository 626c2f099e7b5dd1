using Mediator;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Api.Auth;

/// <summary>An admin issues an API key for a user with one role (and, for a carrier's user, the carrier).</summary>
/// <param name="Carrier">Required for the carrier role, refused for the others.</param>
/// <param name="Province">The province the user belongs to (2025 code, two digits); none: a national role, all provinces.</param>
public sealed record IssueKey(string UserId, string Role, string? Carrier, string? Province = null) : IRequest<IssuedKey>, IValidated
{
    public IEnumerable<FieldError> Validate()
    {
        if (string.IsNullOrWhiteSpace(UserId) || UserId.Length > 100)
            yield return new FieldError(
                "user_id",
                "user_id is required (at most 100 characters).",
                "Thiếu mã người dùng (tối đa 100 ký tự)."
            );
        if (!Roles.All.Contains(Role))
            yield return new FieldError(
                "role",
                $"role must be one of {string.Join(", ", Roles.All)}.",
                "Vai trò không hợp lệ: chọn quản trị hệ thống (admin), chuyên viên thẩm định (appraiser), cán bộ quy hoạch (planner) hoặc doanh nghiệp viễn thông (carrier)."
            );
        if (Role == Roles.Carrier && !SubmissionRowParser.KnownCarriers.Contains(Carrier ?? ""))
        {
            yield return new FieldError(
                "carrier",
                $"A carrier's key names one of {string.Join(", ", SubmissionRowParser.KnownCarriers)}.",
                $"Khóa của doanh nghiệp phải ghi tên một doanh nghiệp: {string.Join(", ", SubmissionRowParser.KnownCarriers.SkipLast(1))} hoặc {SubmissionRowParser.KnownCarriers[^1]}."
            );
        }
        if (Province is not null && !Hosting.CallerProvince.IsCode(Province))
            yield return new FieldError(
                "province",
                "province is a 2025 province code: two digits, such as 22 or 31.",
                "Mã tỉnh, thành phố là hai chữ số theo danh mục năm 2025, ví dụ 22 hoặc 31."
            );
        if (Role != Roles.Carrier && Carrier is not null)
            yield return new FieldError(
                "carrier",
                "Only a carrier's key names a carrier.",
                "Chỉ khóa của doanh nghiệp mới ghi tên doanh nghiệp."
            );
    }
}

public sealed class IssueKeyHandler(KeyRing keys) : IRequestHandler<IssueKey, IssuedKey>
{
    public async ValueTask<IssuedKey> Handle(IssueKey request, CancellationToken cancellationToken) =>
        await keys.IssueAsync(new ApiUser(request.UserId.Trim(), request.Role, request.Carrier, request.Province), cancellationToken);
}

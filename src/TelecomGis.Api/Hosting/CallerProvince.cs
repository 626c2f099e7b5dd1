using TelecomGis.Api.Auth;
using TelecomGis.Api.Problems;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// The province a request works in (issue 12, item 5): a user's own province, which alone they see; for a national role (a key
/// without a province) the one named by <c>?province=</c>, required when the deployment hosts several; for an anonymous caller
/// (public layers only) the one named, else the default. Resolved once per request; the request's <see cref="CurrentPlan"/> and
/// store view follow it.
/// </summary>
public sealed class CallerProvince(IHttpContextAccessor accessor, LoadedPlans plans)
{
    /// <summary>The query parameter a national role names its province with.</summary>
    public const string QueryParameter = "province";

    private string? _code;

    /// <summary>The province's code; throws the 400 or 404 that <see cref="Resolve"/> describes.</summary>
    public string Code =>
        _code ??= accessor.HttpContext is { } context
            ? Resolve(ApiUser.From(context.User), context.Request.Query[QueryParameter].FirstOrDefault(), plans.Provinces)
            : plans.Provinces[0];

    /// <summary>A 2025 province code: two ASCII digits.</summary>
    public static bool IsCode(string value) => value is [var a, var b] && char.IsAsciiDigit(a) && char.IsAsciiDigit(b);

    /// <summary>The province a caller works in.</summary>
    /// <param name="named">The <c>?province=</c> value, if any.</param>
    /// <param name="hosted">The hosted provinces, the default first.</param>
    /// <exception cref="RequestValidationException">A malformed code, or a national role that names none where several are hosted.</exception>
    /// <exception cref="NotFoundException">A province not hosted, or one other than the user's own (no province's existence leaks).</exception>
    public static string Resolve(ApiUser? user, string? named, IReadOnlyList<string> hosted)
    {
        if (named is not null && !IsCode(named))
            throw RequestValidationException.For(
                QueryParameter,
                "province is a 2025 province code: two digits, such as 22 or 31.",
                "Mã tỉnh, thành phố là hai chữ số theo danh mục năm 2025, ví dụ 22 hoặc 31."
            );
        if (user?.Province is { } own)
        {
            if ((named is not null && named != own) || !hosted.Contains(own))
                throw NotHosted(named ?? own);
            return own;
        }
        if (named is not null)
            return hosted.Contains(named) ? named : throw NotHosted(named);
        if (hosted.Count == 1 || user is null)
            return hosted[0];
        throw RequestValidationException.For(
            QueryParameter,
            $"This service hosts several provinces ({string.Join(", ", hosted)}): a national role names one with ?province=.",
            $"Hệ thống phục vụ nhiều tỉnh, thành phố (mã {string.Join(", ", hosted)}): tài khoản cấp trung ương cần chọn tỉnh, thành phố bằng tham số ?province=."
        );
    }

    private static NotFoundException NotHosted(string code) =>
        new($"No province {code} that you may see.", $"Không có tỉnh, thành phố mã {code} mà tài khoản này được xem.");
}

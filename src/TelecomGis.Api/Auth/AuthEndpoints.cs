using Mediator;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Api.Auth;

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/keys", async (IssueKey request, IMediator mediator, CancellationToken ct) =>
            {
                var issued = await mediator.Send(request, ct);
                return Results.Json(new IssuedKeyView(issued.User.UserId, issued.User.Role, issued.User.Carrier, issued.Key), statusCode: StatusCodes.Status201Created);
            })
            .RequireAuthorization(Roles.Administers)
            .WithTags("Auth")
            .WithSummary("Issue an API key (admin). The key is shown in this answer only; the server keeps its SHA-256.");

        api.MapGet("/auth/me", (HttpContext context) => ApiUser.From(context.User) is { } u ? Results.Ok(u) : Results.Unauthorized())
            .RequireAuthorization()
            .WithTags("Auth")
            .WithSummary("Who the key belongs to.");
    }
}

public sealed record IssuedKeyView(string UserId, string Role, string? Carrier, string Key);

/// <param name="Carrier">Required for the carrier role, refused for the others.</param>
public sealed record IssueKey(string UserId, string Role, string? Carrier) : IRequest<IssuedKey>, IValidated
{
    public IEnumerable<FieldError> Validate()
    {
        if (string.IsNullOrWhiteSpace(UserId) || UserId.Length > 100) yield return new FieldError("user_id", "user_id is required (at most 100 characters).", "Thiếu user_id.");
        if (!Roles.All.Contains(Role)) yield return new FieldError("role", $"role must be one of {string.Join(", ", Roles.All)}.", "Vai trò không hợp lệ.");
        if (Role == Roles.Carrier && !SubmissionRowParser.KnownCarriers.Contains(Carrier ?? ""))
        {
            yield return new FieldError("carrier", $"A carrier's key names one of {string.Join(", ", SubmissionRowParser.KnownCarriers)}.", "Thiếu hoặc sai tên doanh nghiệp.");
        }
        if (Role != Roles.Carrier && Carrier is not null) yield return new FieldError("carrier", "Only a carrier's key names a carrier.", "Chỉ khóa của doanh nghiệp mới ghi tên doanh nghiệp.");
    }
}

public sealed class IssueKeyHandler(KeyRing keys) : IRequestHandler<IssueKey, IssuedKey>
{
    public ValueTask<IssuedKey> Handle(IssueKey request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(keys.Issue(new ApiUser(request.UserId.Trim(), request.Role, request.Carrier)));
}

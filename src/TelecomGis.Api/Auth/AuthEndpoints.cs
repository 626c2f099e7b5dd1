using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Api.Auth;

/// <summary>API keys: an admin issues them; anyone signed in asks whose key they hold.</summary>
public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/auth").WithTags("Auth");

        api.MapPost("/keys", IssueKeyAsync)
            .RequireAuthorization(Roles.Administers)
            .ProducesValidationProblem()
            .WithSummary("Issue an API key (admin). The key is shown in this answer only; the server keeps its SHA-256.");
        api.MapGet("/me", Me)
            .RequireAuthorization()
            .WithSummary("Who the key belongs to.");
        return api;
    }

    /// <summary>201 without a Location: the key has no resource to fetch again.</summary>
    public static async Task<Created<IssuedKeyView>> IssueKeyAsync(IssueKey request, IMediator mediator, CancellationToken ct)
    {
        var issued = await mediator.Send(request, ct);
        return TypedResults.Created((string?)null, new IssuedKeyView(issued.User.UserId, issued.User.Role, issued.User.Carrier, issued.Key));
    }

    public static Results<Ok<ApiUser>, UnauthorizedHttpResult> Me(ApiUser? user) => user is null ? TypedResults.Unauthorized() : TypedResults.Ok(user);
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

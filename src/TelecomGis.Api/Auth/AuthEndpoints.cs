using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

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
        api.MapGet("/me", Me).RequireAuthorization().WithSummary("Who the key belongs to.");
        return api;
    }

    /// <summary>201 without a Location: the key has no resource to fetch again.</summary>
    public static async Task<Created<IssuedKeyView>> IssueKeyAsync(IssueKey request, IMediator mediator, CancellationToken ct)
    {
        var issued = await mediator.Send(request, ct);
        return TypedResults.Created(
            (string?)null,
            new IssuedKeyView(issued.User.UserId, issued.User.Role, issued.User.Carrier, issued.Key, issued.User.Province)
        );
    }

    public static Results<Ok<ApiUser>, UnauthorizedHttpResult> Me(ApiUser? user) =>
        user is null ? TypedResults.Unauthorized() : TypedResults.Ok(user);
}

public sealed record IssuedKeyView(string UserId, string Role, string? Carrier, string Key, string? Province = null);

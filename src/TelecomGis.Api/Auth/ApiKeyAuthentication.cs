using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace TelecomGis.Api.Auth;

/// <summary>Reads an API key from <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key</c>; no key means anonymous, a wrong key 401.</summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    KeyRing keys,
    FailedKeyLimit failedKeys
) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>The key the request presents (Authorization: Bearer, else X-Api-Key); null when it presents none.</summary>
    public static string? KeyOf(HttpRequest request)
    {
        string? key = null;
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            key = authorization["Bearer ".Length..].Trim();
        else if (request.Headers.TryGetValue("X-Api-Key", out var header))
            key = header.ToString().Trim();
        return string.IsNullOrEmpty(key) ? null : key;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (KeyOf(Request) is not { } key)
            return AuthenticateResult.NoResult();
        var user = await keys.FindAsync(key, Context.RequestAborted);
        // Counted for the client (FailedKeyLimit), which is refused with 429 before it gets here once it has used its tries.
        if (user is null)
            await failedKeys.RecordFailureAsync(Context, Context.RequestAborted);
        return user is null
            ? AuthenticateResult.Fail("Unknown API key.")
            : AuthenticateResult.Success(new AuthenticationTicket(user.ToPrincipal(SchemeName), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}

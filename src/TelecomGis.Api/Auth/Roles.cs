using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace TelecomGis.Api.Auth;

/// <summary>Who may do what: carriers submit and read their own; appraisers review and decide; planners read plans; admins all of it.</summary>
public static class Roles
{
    public const string Carrier = "carrier",
        Appraiser = "appraiser",
        Planner = "planner",
        Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Carrier, Appraiser, Planner, Admin];

    /// <summary>Policy names: who may use an endpoint.</summary>
    public const string Submits = "submits",
        Reviews = "reviews",
        ReadsPlans = "reads-plans",
        Administers = "administers",
        SubmitsOrReviews = "submits-or-reviews",
        AssessesPlans = "assesses-plans",
        ReadsReports = "reads-reports";

    public static AuthorizationBuilder AddRolePolicies(this AuthorizationBuilder builder) =>
        builder
            .AddPolicy(Submits, p => p.RequireRole(Carrier).RequireClaim(ApiUser.CarrierClaim))
            .AddPolicy(Reviews, p => p.RequireRole(Appraiser, Admin))
            .AddPolicy(SubmitsOrReviews, p => p.RequireRole(Carrier, Appraiser, Admin))
            .AddPolicy(ReadsPlans, p => p.RequireRole(Planner, Admin))
            // What a new plan version would change concerns appraisers too: their pending and past verdicts are what it changes.
            .AddPolicy(AssessesPlans, p => p.RequireRole(Planner, Appraiser, Admin))
            .AddPolicy(Administers, p => p.RequireRole(Admin))
            // The department's periodic report (issue 13) counts every carrier's dossiers: the department's roles only.
            .AddPolicy(ReadsReports, p => p.RequireRole(Appraiser, Planner, Admin));
}

/// <summary>The caller as the API key says: a user id, one role, for a carrier's user the carrier, and the user's province.</summary>
/// <param name="Province">The province (2025 code, "22") the user belongs to and alone sees; null for a national role, which
/// sees every province and names the one it works on (issue 12, item 5; <see cref="Hosting.CallerProvince"/>).</param>
public sealed record ApiUser(string UserId, string Role, string? Carrier, string? Province = null)
{
    public const string CarrierClaim = "carrier";
    public const string ProvinceClaim = "province";

    public bool IsCarrier => Role == Roles.Carrier;

    /// <summary>The department's own roles (appraiser, planner, admin): they see the plan whole, confidential areas included.</summary>
    public bool IsDepartment => Role is Roles.Appraiser or Roles.Planner or Roles.Admin;

    /// <summary>
    /// Binds an endpoint's <see cref="ApiUser"/> parameter from the authenticated principal, so no endpoint reads claims itself.
    /// Null for an anonymous caller: an endpoint that requires authorization never sees that, one that does not takes <c>ApiUser?</c>.
    /// </summary>
    public static ValueTask<ApiUser?> BindAsync(HttpContext context) => ValueTask.FromResult(From(context.User));

    public static ApiUser? From(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true
            ? new ApiUser(
                principal.FindFirstValue(ClaimTypes.NameIdentifier)!,
                principal.FindFirstValue(ClaimTypes.Role)!,
                principal.FindFirstValue(CarrierClaim),
                principal.FindFirstValue(ProvinceClaim)
            )
            : null;

    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, UserId), new(ClaimTypes.Name, UserId), new(ClaimTypes.Role, Role) };
        if (Carrier is not null)
            claims.Add(new Claim(CarrierClaim, Carrier));
        if (Province is not null)
            claims.Add(new Claim(ProvinceClaim, Province));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}

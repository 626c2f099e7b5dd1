using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;
using TelecomGis.Core.Appraisal;

namespace TelecomGis.Api.Appraisals;

/// <param name="PlanVersionVi">The plan version the site was judged against, as a department names it: "Quy hoạch …, bản nhập lúc
/// 09:15 ngày 07/12/2026 (đang áp dụng)" (the appraisal's <c>plan_version</c> is its hash, for programs).</param>
/// <param name="PlanVersionEn">The same in English, with the short hash.</param>
/// <param name="Vn2000Transformation">When the site came as VN-2000 X/Y: the transformation that turned it into WGS 84 (the plan's,
/// "EPSG:6960" or "EPSG:5194"); null for longitude and latitude.</param>
public sealed record AppraisalAnswer(
    AppraisalView Appraisal,
    ConformingAlternative? Alternative,
    string PlanVersionVi,
    string PlanVersionEn,
    string? Vn2000Transformation = null
);

/// <summary>One site appraised against the current plan, not saved: any signed-in caller.</summary>
public static class AppraisalEndpoints
{
    public static RouteHandlerBuilder MapAppraisalsApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/appraisals", AppraiseAsync)
            .RequireAuthorization()
            .Accepts<SiteInput>("application/json")
            .ProducesValidationProblem()
            .WithTags("Appraisals")
            .WithSummary(
                "Appraise one site against the current plan without saving it (?where=true adds the nearest conforming point within 1 km)."
            );

    /// <summary>Reads the site's JSON here (its fields are checked as a batch row's are), then sends it to <see cref="AppraiseSiteHandler"/>.</summary>
    public static async Task<Ok<AppraisalAnswer>> AppraiseAsync(
        bool? where,
        HttpRequest request,
        ApiUser user,
        IMediator mediator,
        [FromServices] CurrentPlan current,
        CancellationToken ct
    )
    {
        var body = await SiteJson.ReadBodyAsync(request, ct);
        var transformation = current.Plan.Province.Transformation;
        var row = SiteJson.Read(body, 0, user.Carrier, transformation);
        // A carrier appraises as itself: R08 and R09 read the carrier's own planned positions and sites.
        if (user.Carrier is { } own)
            row = Submissions.OwnCarrier.Check(row, own);
        var (result, alternative, (planVi, planEn)) = await mediator.Send(
            new AppraiseSite(row, where == true, ConfidentialAreaAccess.Sees(user)),
            ct
        );
        var fromVn2000 = Named(body, "x") && !Named(body, "lon");
        return TypedResults.Ok(
            new AppraisalAnswer(
                AppraisalView.From(result.SeenBy(user), Language.PrefersEnglish(request)),
                alternative,
                planVi,
                planEn,
                fromVn2000 ? Core.Geodesy.Vn2000Transformations.Code(transformation) : null
            )
        );
    }

    /// <summary>Whether the site's JSON has the field, in any case (as <see cref="SiteJson"/> reads it).</summary>
    private static bool Named(System.Text.Json.JsonElement site, string name) =>
        site.EnumerateObject().Any(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>The JSON of one site, for the OpenAPI document: the same names as a batch file's columns.</summary>
public sealed record SiteInput(
    string? Carrier,
    string SiteCode,
    string? Lon,
    string? Lat,
    string? X,
    string? Y,
    string? Epsg,
    string PoleClass,
    double HeightM,
    bool? Camouflaged,
    string? SharesSiteId,
    double? BuildingHeightM,
    double? GroundElevationM,
    string? CommuneCode,
    double? EirpDbm,
    double? AzimuthDeg
);

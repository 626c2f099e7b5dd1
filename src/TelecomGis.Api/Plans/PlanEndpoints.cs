using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Problems;

namespace TelecomGis.Api.Plans;

/// <summary>Plan versions: list and read them, import one, see what it would change, make it current. Every endpoint sends to a handler.</summary>
public static class PlanEndpoints
{
    public static RouteGroupBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/plans").WithTags("Plans");

        api.MapGet("/", ListPlansAsync)
            .RequireAuthorization(Roles.ReadsPlans)
            .WithSummary(
                "The imported plan versions, oldest first; 'current' marks the one new submissions are appraised against (planners)."
            );
        api.MapGet("/{version}", GetPlanAsync)
            .RequireAuthorization(Roles.ReadsPlans)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary(
                "One plan version (full SHA-256 or its first 12 digits): metadata, layer counts and the rule table with citations."
            );
        api.MapPost("/", ImportPlanAsync)
            .RequireAuthorization(Roles.ReadsPlans)
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(BundleZip.MaxZipBytes))
            .Accepts<byte[]>("application/zip", "multipart/form-data")
            .ProducesValidationProblem()
            .WithSummary(
                "Import a plan version: the bundle folder zipped (application/zip body, or multipart 'file'). Validated as on disk; a bad file is a 400 naming file, feature and property. Stored immutable under its content hash; sending it again is a no-op (200). It does not become current until activated (planners)."
            );
        api.MapGet("/{version}/impact", GetPlanImpactAsync)
            .RequireAuthorization(Roles.AssessesPlans)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary(
                "Every saved site (pending or decided) appraised again against this version and the register state its appraisal recorded: those whose verdict would change, with the rules whose outcome changed; and the register's structures held against it (conformity: those that become non-conforming or conforming, with rules and roadmap deadlines; a preview before activation, what its last activation changed once current) (planners, appraisers)."
            );
        api.MapPost("/{version}/activate", ActivatePlanAsync)
            .RequireAuthorization(Roles.ReadsPlans)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary(
                "Make an imported version current: new submissions and appraisals are judged against it from the next request on; earlier batches keep the version they were appraised against; every register structure is held against it (conformity counts in the answer, the list in its impact) (planners)."
            );
        api.MapPost("/{version}/layers/{layer}", LayerUpload.ImportLayerAsync)
            .RequireAuthorization(Roles.ReadsPlans)
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(LayerUpload.MaxUploadBytes))
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary(
                "Upload a department's file (Shapefile, GeoPackage, KML/KMZ, GeoJSON, CSV, .xlsx) into one layer of a plan version: the layer is replaced and stored as a new draft version, not current until activated (201); preview=true stores nothing and returns the features taken as GeoJSON (200). Every rejected feature is listed with its number, field and reason; any rejection imports nothing unless skip_rejected=true (planners)."
            );
        return api;
    }

    public static async Task<Ok<IReadOnlyList<PlanVersionView>>> ListPlansAsync(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListPlans(), ct));

    public static async Task<Ok<PlanDetail>> GetPlanAsync(string version, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetPlan(version), ct));

    /// <summary>Reads the zipped bundle here (a body or a multipart file), then sends the plan to <see cref="PlanCommandHandlers"/>.</summary>
    public static async Task<Results<Created<PlanVersionView>, Ok<PlanVersionView>, ProblemHttpResult>> ImportPlanAsync(
        HttpRequest request,
        ApiUser user,
        IMediator mediator,
        CancellationToken ct
    )
    {
        await using var zip = new MemoryStream();
        if (request.HasFormContentType)
        {
            var file = await MultipartFile.ReadAsync(request, "Send the zipped bundle as a multipart field named 'file'.", ct);
            await file.CopyToAsync(zip, ct);
        }
        else if (
            request.ContentType is { } type
            && (
                type.Contains("zip", StringComparison.OrdinalIgnoreCase)
                || type.Contains("octet-stream", StringComparison.OrdinalIgnoreCase)
            )
        )
        {
            await request.Body.CopyToAsync(zip, ct);
        }
        else
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Send the zipped plan bundle as application/zip or as a multipart/form-data field 'file'.",
                detail: TelecomGis.Api.Appraisals.Language.PrefersEnglish(request)
                    ? "Send the zipped plan bundle as application/zip or as a multipart/form-data field 'file'."
                    : "Gửi gói quy hoạch đã nén (.zip) dưới dạng application/zip hoặc trong trường 'file' của multipart/form-data."
            );
        }
        zip.Position = 0;
        var plan = await BundleZip.ReadAsync(zip, ct);
        var imported = await mediator.Send(new ImportPlan(user, plan), ct);
        return imported.Created
            ? TypedResults.Created($"/api/plans/{imported.Version.Version}", imported.Version)
            : TypedResults.Ok(imported.Version);
    }

    public static async Task<Ok<PlanImpact>> GetPlanImpactAsync(string version, ApiUser user, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetPlanImpact(user, version), ct));

    public static async Task<Ok<PlanVersionView>> ActivatePlanAsync(
        string version,
        ApiUser user,
        IMediator mediator,
        CancellationToken ct
    ) => TypedResults.Ok(await mediator.Send(new ActivatePlan(user, version), ct));
}

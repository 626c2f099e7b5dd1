using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Plans;

public static class PlanEndpoints
{
    public static void MapPlanEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/plans").WithTags("Plans");

        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new ListPlans(), ct)))
            .RequireAuthorization(Roles.ReadsPlans)
            .Produces<IReadOnlyList<PlanVersionView>>()
            .WithSummary("The imported plan versions, oldest first; 'current' marks the one new submissions are appraised against (planners).");

        group.MapGet("/{version}", async (string version, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new GetPlan(version), ct) is { } plan ? Results.Ok(plan) : NotFound(version))
            .RequireAuthorization(Roles.ReadsPlans)
            .Produces<PlanDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One plan version (full SHA-256 or its first 12 digits): metadata, layer counts and the rule table with citations.");

        group.MapPost("/", Import)
            .RequireAuthorization(Roles.ReadsPlans)
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(BundleZip.MaxZipBytes))
            .Accepts<byte[]>("application/zip", "multipart/form-data")
            .Produces<PlanVersionView>(StatusCodes.Status201Created)
            .Produces<PlanVersionView>()
            .ProducesValidationProblem()
            .WithSummary("Import a plan version: the bundle folder zipped (application/zip body, or multipart 'file'). Validated as on disk; a bad file is a 400 naming file, feature and property. Stored immutable under its content hash; sending it again is a no-op (200). It does not become current until activated (planners).");

        group.MapGet("/{version}/impact", async (string version, HttpContext context, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new GetPlanImpact(ApiUser.From(context.User)!, version), ct) is { } impact ? Results.Ok(impact) : NotFound(version))
            .RequireAuthorization(Roles.AssessesPlans)
            .Produces<PlanImpact>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Every saved site (pending or decided) appraised again against this version: those whose verdict would change, with the rules whose outcome changed (planners, appraisers).");

        group.MapPost("/{version}/activate", async (string version, HttpContext context, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new ActivatePlan(ApiUser.From(context.User)!, version), ct) is { } view ? Results.Ok(view) : NotFound(version))
            .RequireAuthorization(Roles.ReadsPlans)
            .Produces<PlanVersionView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Make an imported version current: new submissions and appraisals are judged against it from the next request on; earlier batches keep the version they were appraised against (planners).");
    }

    private static IResult NotFound(string version) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No plan version '{version}'.");

    private static async Task<IResult> Import(HttpContext context, IMediator mediator, CancellationToken ct)
    {
        await using var zip = new MemoryStream();
        if (context.Request.HasFormContentType)
        {
            var file = await MultipartFile.ReadAsync(context.Request, "Send the zipped bundle as a multipart field named 'file'.", ct);
            await file.CopyToAsync(zip, ct);
        }
        else if (context.Request.ContentType is { } type && (type.Contains("zip", StringComparison.OrdinalIgnoreCase) || type.Contains("octet-stream", StringComparison.OrdinalIgnoreCase)))
        {
            await context.Request.Body.CopyToAsync(zip, ct);
        }
        else
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Send the zipped plan bundle as application/zip or as a multipart/form-data field 'file'.");
        }
        zip.Position = 0;
        var plan = await BundleZip.ReadAsync(zip, ct);
        var imported = await mediator.Send(new ImportPlan(ApiUser.From(context.User)!, plan), ct);
        return imported.Created
            ? Results.Created($"/api/plans/{imported.Version.Version}", imported.Version)
            : Results.Ok(imported.Version);
    }
}

public sealed record PlanVersionView(string Version, string Short, string ProvinceCode, string PlanName, DateOnly Adopted, DateTimeOffset ImportedAt, bool Current);

public sealed record RuleParameterView(string RuleId, string Name, double Value, string Unit, string Citation);

public sealed record PlanDetail(PlanVersionView Version, string DepartmentNameVi, string DepartmentNameEn, string DefaultZoneId,
    IReadOnlyDictionary<string, int> LayerCounts, IReadOnlyList<RuleParameterView> Rules);

public sealed record ListPlans : IRequest<IReadOnlyList<PlanVersionView>>;

public sealed record GetPlan(string Version) : IRequest<PlanDetail?>;

public sealed class PlanHandlers(IAppraisalStore store, LoadedPlans plans) : IRequestHandler<ListPlans, IReadOnlyList<PlanVersionView>>, IRequestHandler<GetPlan, PlanDetail?>
{
    public async ValueTask<IReadOnlyList<PlanVersionView>> Handle(ListPlans request, CancellationToken cancellationToken)
    {
        var versions = await store.ListPlanVersionsAsync(cancellationToken);
        var current = plans.Current;
        return [.. versions.Select(v => PlanViews.View(v, current))];
    }

    public async ValueTask<PlanDetail?> Handle(GetPlan request, CancellationToken cancellationToken)
    {
        var versions = await store.ListPlanVersionsAsync(cancellationToken);
        if (PlanViews.Find(versions, request.Version) is not { } stored) return null;
        var plan = await store.LoadPlanAsync(stored.Version, cancellationToken);
        if (plan is null) return null;
        var counts = new Dictionary<string, int>
        {
            ["communes"] = plan.Communes.Count, ["zones"] = plan.Zones.Count, ["planned_positions"] = plan.PlannedPositions.Count,
            ["restricted_areas"] = plan.RestrictedAreas.Count, ["airports"] = plan.Airports.Count, ["sites"] = plan.Sites.Count,
            ["sensitive_places"] = plan.SensitivePlaces.Count, ["fiber_routes"] = plan.FiberRoutes.Count, ["postal_points"] = plan.PostalPoints.Count,
        };
        return new PlanDetail(PlanViews.View(stored, plans.Current), plan.Metadata.DepartmentNameVi, plan.Metadata.DepartmentNameEn,
            plan.Metadata.DefaultZoneId, counts, [.. plan.Rules.Parameters.Select(p => new RuleParameterView(p.RuleId, p.Name, p.Value, p.Unit, p.Citation))]);
    }
}

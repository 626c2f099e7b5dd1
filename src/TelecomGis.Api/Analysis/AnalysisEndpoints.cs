using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TelecomGis.Api.Auth;

namespace TelecomGis.Api.Analysis;

/// <summary>
/// Coverage as a long job (POST → 202 with a Location to poll; the finished result as resources: the communes table, the gaps as
/// GeoJSON, the GeoTIFF) and the postal and fiber figures per commune, for planners and admins, on the current plan; resilience
/// for planners, appraisers and admins. Every endpoint sends its request to a handler (CoverageRuns, ServiceReach, Resilience).
/// </summary>
public static class AnalysisEndpoints
{
    public static RouteGroupBuilder MapAnalysisApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/analysis").WithTags("Analysis");
        var planners = api.MapGroup("").RequireAuthorization(Roles.ReadsPlans);

        planners
            .MapPost("/coverage", StartCoverageAsync)
            .ProducesValidationProblem()
            .WithSummary(
                "Queues a coverage run on the current plan's sites (any instance runs it); poll the Location, on any instance, for progress."
            );
        planners
            .MapGet("/coverage/{id:guid}", GetCoverageRunAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .WithSummary(
                "A coverage run's state and progress (rows done of rows), with links to its results once finished. A run's results are kept in the store for Coverage:KeepFinishedMinutes (30) after it ended, and at most Coverage:MaxFinishedRuns (8) finished runs, oldest released first; a released run answers 410."
            );
        planners
            .MapDelete("/coverage/{id:guid}", CancelCoverageRunAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .WithSummary(
                "Cancels a coverage run, from any instance: a queued run at once, a running one within a third of Coverage:LeaseSeconds."
            );
        planners
            .MapGet("/coverage/{id:guid}/communes", GetCoverageCommunesAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Per commune, technology and carrier: area and population covered.");
        planners
            .MapGet("/coverage/{id:guid}/gaps", GetCoverageGapsAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json")
            .WithSummary("Uncovered areas per technology (all carriers) as GeoJSON polygons with area and population.");
        planners
            .MapGet("/coverage/{id:guid}/coverage.tif", GetCoverageRasterAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces(StatusCodes.Status200OK, contentType: "image/tiff")
            .WithSummary("The best-server level per cell, one band per technology and carrier, as a GeoTIFF in the province's TM-3.");
        planners
            .MapGet("/postal", GetPostalServiceAsync)
            .WithSummary("Postal service per commune: points, service radius, people per point, distance to the nearest point.");
        planners
            .MapGet("/fiber", GetFiberReachAsync)
            .WithSummary("Fiber kilometres per owner, laying and district, and each commune's distance to the nearest route.");

        planners
            .MapGet("/critical-sites", GetCriticalSitesAsync)
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json")
            .WithSummary(
                "The current plan's critical sites with their backup power, as CSV (format=csv, the default) or GeoJSON (format=geojson)."
            );

        api.MapPost("/resilience", AssessResilienceAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Planner, Roles.Appraiser, Roles.Admin))
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Hosting.RequestLimits.HazardBodyBytes))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The communes (and people) losing coverage when the sites inside a hazard polygon, or listed sites, fail.");
        return api;
    }

    public static async Task<Accepted<CoverageJobView>> StartCoverageAsync(
        CoverageRequest? request,
        ApiUser user,
        IMediator mediator,
        CancellationToken ct
    )
    {
        var job = await mediator.Send(new StartCoverage(request ?? new CoverageRequest(), user), ct);
        return TypedResults.Accepted($"/api/analysis/coverage/{job.Id}", job);
    }

    public static async Task<Ok<CoverageJobView>> GetCoverageRunAsync(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new FindCoverageRun(id), ct));

    public static async Task<Accepted<CoverageJobView>> CancelCoverageRunAsync(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Accepted($"/api/analysis/coverage/{id}", await mediator.Send(new CancelCoverageRun(id), ct));

    public static async Task<Ok<IReadOnlyList<CommuneCoverageView>>> GetCoverageCommunesAsync(
        Guid id,
        IMediator mediator,
        CancellationToken ct
    ) => TypedResults.Ok(await mediator.Send(new CoverageCommunes(id), ct));

    public static async Task<FileContentHttpResult> GetCoverageGapsAsync(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Bytes(await mediator.Send(new CoverageGapsFile(id), ct), "application/geo+json");

    public static async Task<FileContentHttpResult> GetCoverageRasterAsync(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Bytes(await mediator.Send(new CoverageRasterFile(id), ct), "image/tiff", "coverage.tif");

    public static async Task<Ok<IReadOnlyList<CommunePostalView>>> GetPostalServiceAsync(
        DateOnly? date,
        IMediator mediator,
        CancellationToken ct
    ) => TypedResults.Ok(await mediator.Send(new PostalService(date), ct));

    public static async Task<Ok<FiberReachView>> GetFiberReachAsync(
        DateOnly? date,
        double? reachM,
        IMediator mediator,
        CancellationToken ct
    ) => TypedResults.Ok(await mediator.Send(new FiberReach(date, reachM), ct));

    public static async Task<FileContentHttpResult> GetCriticalSitesAsync(
        string? format,
        HttpRequest request,
        IMediator mediator,
        CancellationToken ct
    )
    {
        var file = await mediator.Send(new CriticalSitesFile(format, TelecomGis.Api.Appraisals.Language.PrefersEnglish(request)), ct);
        return TypedResults.Bytes(file.Content, file.ContentType, file.FileName);
    }

    public static async Task<Ok<ResilienceView>> AssessResilienceAsync(
        ResilienceRequest? request,
        IMediator mediator,
        CancellationToken ct
    ) => TypedResults.Ok(await mediator.Send(new AssessResilience(request ?? new ResilienceRequest()), ct));
}

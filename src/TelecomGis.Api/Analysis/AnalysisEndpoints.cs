using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Fiber;
using TelecomGis.Core.Coverage.Postal;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Coverage;

namespace TelecomGis.Api.Analysis;

/// <summary>
/// Coverage as a long job (POST → 202 with a Location to poll; the finished result as resources: the communes table, the gaps as
/// GeoJSON, the GeoTIFF) and the postal and fiber figures per commune, for planners and admins, on the current plan.
/// </summary>
public static class AnalysisEndpoints
{
    public static void MapAnalysisEndpoints(this RouteGroupBuilder api)
    {
        // The job registry lives with the endpoints: one per host, created when they are mapped.
        var jobs = new CoverageJobs();
        api.MapResilienceEndpoint(jobs);
        var group = api.MapGroup("/analysis").WithTags("Analysis").RequireAuthorization(Roles.ReadsPlans);

        group.MapPost("/coverage", (CoverageRequest? request, CurrentPlan current, TimeProvider clock) =>
            {
                var parameters = (request ?? new CoverageRequest()).ToParameters(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
                if (parameters.Problem() is { } problem) return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"The {problem}.");
                var job = jobs.Start(current.Plan, parameters);
                return Results.Accepted($"/api/analysis/coverage/{job.Id}", CoverageJobView.Of(job));
            })
            .Produces<CoverageJobView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Starts a coverage run on the current plan's sites in the background; poll the Location for progress.");

        group.MapGet("/coverage/{id:guid}", (Guid id) => jobs.Find(id) is { } job ? Results.Ok(CoverageJobView.Of(job)) : NotFound(id))
            .Produces<CoverageJobView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A coverage run's state and progress (rows done of rows), with links to its results once finished.");

        group.MapDelete("/coverage/{id:guid}", (Guid id) =>
            {
                if (jobs.Find(id) is not { } job) return NotFound(id);
                job.Cancellation.Cancel();
                return Results.Accepted($"/api/analysis/coverage/{id}", CoverageJobView.Of(job));
            })
            .WithSummary("Cancels a running coverage run.");

        group.MapGet("/coverage/{id:guid}/communes", (Guid id) => WithResult(jobs, id, r => Results.Ok(CommuneCoverage.Table(r).Select(CommuneCoverageView.Of))))
            .Produces<IEnumerable<CommuneCoverageView>>()
            .WithSummary("Per commune, technology and carrier: area and population covered.");

        group.MapGet("/coverage/{id:guid}/gaps", (Guid id) => WithResult(jobs, id, r =>
            {
                var frame = new MetricFrame(r.Grid.Epsg);
                var gaps = r.AllCarrierLayers.SelectMany(l => CoverageGaps.Find(r, l, frame.Factory)).ToList();
                return Results.Bytes(Buffered(s => CoverageGapsGeoJson.Write(s, gaps, frame)), "application/geo+json");
            }))
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json")
            .WithSummary("Uncovered areas per technology (all carriers) as GeoJSON polygons with area and population.");

        group.MapGet("/coverage/{id:guid}/coverage.tif", (Guid id) => WithResult(jobs, id, r =>
                Results.Bytes(Buffered(s => CoverageRaster.WriteLevels(s, r)), "image/tiff", "coverage.tif")))
            .Produces(StatusCodes.Status200OK, contentType: "image/tiff")
            .WithSummary("The best-server level per cell, one band per technology and carrier, as a GeoTIFF in the province's TM-3.");

        group.MapGet("/postal", (DateOnly? date, CurrentPlan current, TimeProvider clock) =>
                Results.Ok(PostalAnalysis.Run(current.Plan, date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).Communes.Select(CommunePostalView.Of)))
            .Produces<IEnumerable<CommunePostalView>>()
            .WithSummary("Postal service per commune: points, service radius, people per point, distance to the nearest point.");

        group.MapGet("/fiber", (DateOnly? date, double? reachM, CurrentPlan current, TimeProvider clock) =>
            {
                // Undergrounding zones are a bundle file the stores do not import; the CLI's `fiber` command lists them.
                var report = FiberAnalysis.Run(current.Plan, [], date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime), reachM ?? FiberAnalysis.DefaultReachThresholdM);
                return Results.Ok(new
                {
                    lengths = report.ByOwnerAndLaying.Concat(report.ByDistrict).Select(FiberLengthView.Of),
                    communes = report.Reach.Select(CommuneFiberView.Of),
                });
            })
            .WithSummary("Fiber kilometres per owner, laying and district, and each commune's distance to the nearest route.");
    }

    private static IResult WithResult(CoverageJobs jobs, Guid id, Func<CoverageResult, IResult> answer) => jobs.Find(id) switch
    {
        null => NotFound(id),
        { Result: { } result } => answer(result),
        var job => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: $"Coverage run {id} is {job.State.ToString().ToLowerInvariant()}, not finished."),
    };

    /// <summary>The writers are synchronous, which Kestrel's response stream refuses: they write to memory first.</summary>
    private static byte[] Buffered(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }

    private static IResult NotFound(Guid id) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No coverage run {id}.");
}

using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Resilience;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Api.Analysis;

/// <summary>
/// POST /api/analysis/resilience: the communes that lose coverage, and the people in them, when the sites inside a hazard area
/// (or listed sites) fail. Planners plan for storms and appraisers weigh a site's part in it, so both may ask, as may admins.
/// </summary>
public static class ResilienceEndpoints
{
    public static void MapResilienceEndpoint(this RouteGroupBuilder api, CoverageJobs jobs)
    {
        api.MapPost("/analysis/resilience", async (ResilienceRequest? request, CurrentPlan current, TimeProvider clock, CancellationToken ct) =>
            {
                request ??= new ResilienceRequest();
                var hazard = request.HazardArea();
                var listed = request.FailedSiteIds?.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).ToList();
                if ((hazard is null) == (listed is null or { Count: 0 }))
                    throw RequestValidationException.For("hazard", "Give either a hazard polygon or failed_site_ids (one of them).",
                        "Cần một vùng thiên tai (hazard) hoặc danh sách trạm hỏng (failed_site_ids), chỉ một trong hai.");
                var plan = current.Plan;
                IReadOnlySet<string> failed;
                if (hazard is not null)
                {
                    failed = ResilienceAnalysis.SitesInside(plan.Sites, hazard);
                }
                else
                {
                    var known = plan.Sites.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
                    var unknown = listed!.Where(id => !known.Contains(id)).ToList();
                    if (unknown.Count > 0)
                        throw RequestValidationException.For("failed_site_ids", $"The plan has no site {string.Join(", ", unknown)}.",
                            $"Quy hoạch không có trạm {string.Join(", ", unknown)}.");
                    failed = listed!.ToHashSet(StringComparer.Ordinal);
                }

                CoverageJob? job = null;
                if (request.CoverageId is { } id)
                {
                    job = jobs.Find(id);
                    if (job is null) return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No coverage run {id}.");
                    if (job.Result is null)
                        return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: $"Coverage run {id} is {job.State.ToString().ToLowerInvariant()}, not finished.");
                }
                job ??= jobs.LatestFinished();
                CoverageResult before;
                if (job?.Result is { } finished)
                {
                    before = finished;
                }
                else
                {
                    var parameters = new CoverageRequest(ResolutionM: request.ResolutionM).ToParameters(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
                    if (parameters.Problem() is { } problem)
                        throw RequestValidationException.For("resolution_m", $"The {problem}.");
                    before = await jobs.Compute(CoverageInputs.FromPlan(plan, parameters, TelecomGis.Core.Coverage.Propagation.PathLossModels.For), parameters, ct);
                }
                // The run after shares the run before's grid and commune list, as ResilienceAnalysis.Compare requires.
                var after = failed.Count == 0 ? before : await jobs.Compute(before.Inputs.WithoutSites(failed), before.Parameters, ct);
                var losses = failed.Count == 0 ? [] : ResilienceAnalysis.Compare(before, after);
                return Results.Ok(new ResilienceView(job?.Id, before.Parameters.ResolutionM, failed.Order(StringComparer.Ordinal).ToList(), plan.Sites.Count,
                    losses.Select(l => new CommuneCoverageLossView(l.Commune.Code, l.Commune.FullName, l.Technology.Label(), l.Commune.Population,
                        Math.Round(l.PopulationCoveredBefore), Math.Round(l.PopulationCoveredAfter), Math.Round(l.PeopleLosingCoverage),
                        Math.Round(l.AreaShareBefore, 4), Math.Round(l.AreaShareAfter, 4))).ToList()));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Planner, Roles.Appraiser, Roles.Admin))
            .WithTags("Analysis")
            .Produces<ResilienceView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The communes (and people) losing coverage when the sites inside a hazard polygon, or listed sites, fail.");
    }
}

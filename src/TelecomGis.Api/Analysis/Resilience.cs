using Mediator;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Coverage.Resilience;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Analysis;

/// <summary>
/// A resilience scenario: the communes that lose coverage, and the people in them, when the sites inside a hazard area (or listed
/// sites) fail. The hazard is read and checked before the handler runs; the listed ids are checked against the current plan.
/// </summary>
public sealed record AssessResilience(ResilienceRequest Request) : IRequest<ResilienceView>, IValidated
{
    /// <summary>The listed ids, trimmed, blanks dropped; null when none were sent.</summary>
    public IReadOnlyList<string>? Listed { get; } =
        Request.FailedSiteIds?.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).ToList();

    public IEnumerable<FieldError> Validate()
    {
        // Checked whether or not a run must be computed: a number out of range is refused, never silently unused.
        foreach (var e in new CoverageRequest(ResolutionM: Request.ResolutionM).Validate())
            yield return e;
        if (Request.HazardHours is { } hours && (!double.IsFinite(hours) || hours < 0))
            yield return new FieldError(
                "hazard_hours",
                "hazard_hours must be a number of hours, 0 or more.",
                "Số giờ mất điện (hazard_hours) phải từ 0 trở lên."
            );
        if (Request.ReadHazard(out var hazard) is { } error)
        {
            yield return error;
            yield break;
        }
        if (hazard is null && Request.HazardHours is not null)
            yield return new FieldError(
                "hazard_hours",
                "hazard_hours goes with a hazard polygon only.",
                "Số giờ mất điện (hazard_hours) chỉ dùng cùng một vùng thiên tai (hazard)."
            );
        if ((hazard is null) == (Listed is null or { Count: 0 }))
        {
            yield return new FieldError(
                "hazard",
                "Give either a hazard polygon or failed_site_ids (one of them).",
                "Cần một vùng thiên tai (hazard) hoặc danh sách trạm hỏng (failed_site_ids), chỉ một trong hai."
            );
        }
    }
}

public sealed class AssessResilienceHandler(CoverageJobs jobs, CurrentPlan current, IAppraisalStore caller, TimeProvider clock)
    : IRequestHandler<AssessResilience, ResilienceView>
{
    public async ValueTask<ResilienceView> Handle(AssessResilience message, CancellationToken cancellationToken)
    {
        var request = message.Request;
        var plan = current.Plan;
        // Backup power decides, over the hazard's hours, which sites inside go down (SiteOutage); without hours, all of them.
        var outages = request.HazardArea() is { } hazard ? SiteOutage.Inside(plan.Sites, hazard, request.HazardHours) : null;
        var failed = outages is not null ? SiteOutage.DownIds(outages) : Listed(message.Listed!);

        var job = request.CoverageId is { } id
            ? await jobs.GetFinishedAsync(id, caller, cancellationToken)
            : await jobs.LatestFinishedAsync(caller, cancellationToken);
        CoverageResult before;
        if (job is not null)
        {
            before = await jobs.ResultOfAsync(job, cancellationToken);
        }
        else
        {
            // The resolution (checked before the handler) matters only when a run must be computed.
            var own = new CoverageRequest(ResolutionM: request.ResolutionM);
            var parameters = own.ToParameters(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
            before = await jobs.Compute(CoverageInputs.FromPlan(plan, parameters, PathLossModels.For), parameters, cancellationToken);
        }
        // The run after shares the run before's grid and commune list, as ResilienceAnalysis.Compare requires.
        var after =
            failed.Count == 0 ? before : await jobs.Compute(before.Inputs.WithoutSites(failed), before.Parameters, cancellationToken);
        var losses = failed.Count == 0 ? [] : ResilienceAnalysis.Compare(before, after);
        return new ResilienceView(
            job?.Id,
            before.Parameters.ResolutionM,
            failed.Order(StringComparer.Ordinal).ToList(),
            plan.Sites.Count,
            losses
                .Select(l => new CommuneCoverageLossView(
                    l.Commune.Code,
                    l.Commune.FullName,
                    l.Technology.Label(),
                    l.Commune.Population,
                    Math.Round(l.PopulationCoveredBefore),
                    Math.Round(l.PopulationCoveredAfter),
                    Math.Round(l.PeopleLosingCoverage),
                    Math.Round(l.AreaShareBefore, 4),
                    Math.Round(l.AreaShareAfter, 4)
                ))
                .ToList(),
            outages is null ? [] : [.. outages.Where(o => !o.GoesDown).Select(o => o.Site.Id).Order(StringComparer.Ordinal)]
        );
    }

    /// <summary>The listed sites, each of which the plan must have.</summary>
    private HashSet<string> Listed(IReadOnlyList<string> listed)
    {
        var known = current.Plan.Sites.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = listed.Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw RequestValidationException.For(
                "failed_site_ids",
                $"The plan has no site {string.Join(", ", unknown)}.",
                $"Quy hoạch không có trạm {string.Join(", ", unknown)}."
            );
        }
        return listed.ToHashSet(StringComparer.Ordinal);
    }
}

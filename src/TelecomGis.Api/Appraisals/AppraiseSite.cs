using Mediator;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Planning;

namespace TelecomGis.Api.Appraisals;

/// <summary>Appraise one site against the current plan without saving anything: what the map asks while a carrier drags a marker.</summary>
/// <param name="ForTheDepartment">Whether the answer stays with the department's roles: only then may military and security areas
/// shape the conforming point (<see cref="AppraisalEngine.FindConformingAlternative"/>).</param>
public sealed record AppraiseSite(SubmissionRow Row, bool FindAlternative, bool ForTheDepartment = false)
    : IRequest<SiteAppraised>,
        IValidated
{
    public IEnumerable<FieldError> Validate()
    {
        if (Row.Rejection is { } r)
            yield return new FieldError(r.Field, r.MessageEn, r.MessageVi);
    }
}

/// <param name="PlanWords">The plan version the site was judged against, as a person reads it: its name and import time, in force
/// (<see cref="PlanVersionWords.Imported"/>); the result carries the hash.</param>
public sealed record SiteAppraised(AppraisalResult Result, ConformingAlternative? Alternative, (string Vi, string En) PlanWords);

public sealed class AppraiseSiteHandler(CurrentPlan current, ServiceMetrics metrics, Register.RegisterEngines registerEngines)
    : IRequestHandler<AppraiseSite, SiteAppraised>
{
    public async ValueTask<SiteAppraised> Handle(AppraiseSite request, CancellationToken cancellationToken)
    {
        var site = request.Row.Site!;
        // The register as of now: structures built or approved, and proposals still pending (issue 11).
        var (engine, _) = await registerEngines.ForAsync(current, cancellationToken);
        var result = engine.Appraise(site);
        metrics.Appraised(result);
        var alternative =
            request.FindAlternative && ConformingAlternative.IsSoughtFor(result.Verdict)
                ? engine.FindConformingAlternative(site, confidentialAreasCount: request.ForTheDepartment)
                : null;
        return new SiteAppraised(result, alternative, current.Words);
    }
}

using Mediator;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Api.Appraisals;

/// <summary>Appraise one site against the current plan without saving anything: what the map asks while a carrier drags a marker.</summary>
public sealed record AppraiseSite(SubmissionRow Row, bool FindAlternative)
    : IRequest<(AppraisalResult Result, ConformingAlternative? Alternative)>,
        IValidated
{
    public IEnumerable<FieldError> Validate()
    {
        if (Row.Rejection is { } r)
            yield return new FieldError(r.Field, r.MessageEn, r.MessageVi);
    }
}

public sealed class AppraiseSiteHandler(CurrentPlan current, ServiceMetrics metrics, Register.RegisterEngines registerEngines)
    : IRequestHandler<AppraiseSite, (AppraisalResult Result, ConformingAlternative? Alternative)>
{
    public async ValueTask<(AppraisalResult Result, ConformingAlternative? Alternative)> Handle(
        AppraiseSite request,
        CancellationToken cancellationToken
    )
    {
        var site = request.Row.Site!;
        // The register as of now: structures built or approved, and proposals still pending (issue 11).
        var (engine, _) = await registerEngines.ForAsync(current, cancellationToken);
        var result = engine.Appraise(site);
        metrics.Appraised(result);
        var alternative = request.FindAlternative && result.Verdict != Verdict.Conforms ? engine.FindConformingAlternative(site) : null;
        return (result, alternative);
    }
}

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

public sealed class AppraiseSiteHandler(CurrentPlan current, ServiceMetrics metrics)
    : IRequestHandler<AppraiseSite, (AppraisalResult Result, ConformingAlternative? Alternative)>
{
    public ValueTask<(AppraisalResult Result, ConformingAlternative? Alternative)> Handle(
        AppraiseSite request,
        CancellationToken cancellationToken
    )
    {
        var site = request.Row.Site!;
        var result = current.Engine.Appraise(site);
        metrics.Appraised(result);
        var alternative =
            request.FindAlternative && result.Verdict != Verdict.Conforms ? current.Engine.FindConformingAlternative(site) : null;
        return ValueTask.FromResult((result, alternative));
    }
}

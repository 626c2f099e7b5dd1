using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Problems;
using TelecomGis.Api.Submissions;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Desk;

/// <summary>The body of a decision on one site.</summary>
/// <param name="Decision">approve, approve_with_conditions or refuse.</param>
/// <param name="Reason">Why; required to refuse.</param>
/// <param name="Conditions">Required to approve with conditions.</param>
public sealed record SiteDecisionInput(string? Decision, string? Reason, string? Conditions);

/// <summary>An appraiser decides one site of a batch; the latest decision of a row stands until the letter is issued.</summary>
public sealed record DecideSite(ApiUser User, long SubmissionId, int Row, SiteDecisionInput Input) : IRequest<SiteDecisionView>, IValidated
{
    public const int MaxTextLength = 2000;

    public IEnumerable<FieldError> Validate()
    {
        var kind = SiteDecision.Parse(Input.Decision);
        if (kind is null)
        {
            yield return new FieldError(
                "decision",
                "decision must be one of approve, approve_with_conditions, refuse.",
                "Quyết định phải là chấp thuận, chấp thuận có điều kiện hoặc không chấp thuận."
            );
        }
        if (kind == SiteDecisionKind.Refuse && (string.IsNullOrWhiteSpace(Input.Reason) || Input.Reason.Trim().Length < 5))
            yield return new FieldError(
                "reason",
                "A refusal needs a written reason (at least 5 characters).",
                "Cần ghi rõ lý do không chấp thuận (ít nhất 5 ký tự)."
            );
        if (kind == SiteDecisionKind.ApproveWithConditions && string.IsNullOrWhiteSpace(Input.Conditions))
            yield return new FieldError(
                "conditions",
                "An approval with conditions needs the conditions.",
                "Cần ghi rõ điều kiện chấp thuận."
            );
        if (Input.Reason is { Length: > MaxTextLength })
            yield return new FieldError(
                "reason",
                $"reason is at most {MaxTextLength} characters.",
                $"Lý do dài tối đa {MaxTextLength} ký tự."
            );
        if (Input.Conditions is { Length: > MaxTextLength })
            yield return new FieldError(
                "conditions",
                $"conditions is at most {MaxTextLength} characters.",
                $"Điều kiện dài tối đa {MaxTextLength} ký tự."
            );
    }
}

public sealed class DecideSiteHandler(IAppraisalStore store, SubmissionDirectory directory, TimeProvider clock)
    : IRequestHandler<DecideSite, SiteDecisionView>
{
    public async ValueTask<SiteDecisionView> Handle(DecideSite request, CancellationToken cancellationToken)
    {
        var batch = await directory.GetAsync(request.SubmissionId, request.User, cancellationToken);
        var dossier = await Dossier.LoadAsync(store, batch, cancellationToken);
        dossier.EnsureNotIssued();
        var row = dossier.Rows.FirstOrDefault(r => r.Row.Row == request.Row)
            ?? throw new NotFoundException(
                $"Submission {batch.Id} has no row {request.Row}.",
                $"Hồ sơ số {batch.Id} không có dòng số {request.Row}."
            );
        if (row.Appraisal is null)
        {
            throw RequestValidationException.For(
                "row",
                $"Row {request.Row} of batch {batch.Id} was rejected, not appraised: the letter asks the carrier to send it again.",
                "Dòng này không hợp lệ nên không được thẩm định; công văn sẽ đề nghị doanh nghiệp bổ sung."
            );
        }
        var input = request.Input;
        var saved = await store.AppendSiteDecisionAsync(
            new SiteDecision(
                0,
                batch.Id,
                request.Row,
                SiteDecision.Parse(input.Decision)!.Value,
                Blank(input.Reason),
                Blank(input.Conditions),
                request.User.UserId,
                clock.GetUtcNow()
            ),
            cancellationToken
        );
        return SiteDecisionView.From(saved);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

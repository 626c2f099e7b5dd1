using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Letters;
using TelecomGis.Api.Problems;
using TelecomGis.Api.Submissions;
using TelecomGis.Core.Appraisal;
using TelecomGis.Reports;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Desk;

/// <summary>
/// The request for an opinion on one rule of one site, to the authority the rule names, as a .docx (appraisers only: it may name a
/// military area, which carriers never see).
/// </summary>
public sealed record GetConsultationRequest(ApiUser User, long SubmissionId, int Row, string? Rule) : IRequest<ReplyLetterFile>, IValidated
{
    public IEnumerable<FieldError> Validate()
    {
        if (Rule is not ("R04" or "R10" or "R11"))
            yield return new FieldError(
                "rule",
                "rule must be one that names an authority to consult: R04, R10 or R11.",
                "Quy tắc phải là R04, R10 hoặc R11."
            );
    }
}

public sealed class GetConsultationRequestHandler(
    IAppraisalStore store,
    SubmissionDirectory directory,
    LetterComposer composer,
    TimeProvider clock
) : IRequestHandler<GetConsultationRequest, ReplyLetterFile>
{
    public async ValueTask<ReplyLetterFile> Handle(GetConsultationRequest request, CancellationToken cancellationToken)
    {
        var batch = await directory.GetAsync(request.SubmissionId, request.User, cancellationToken);
        var dossier = await Dossier.LoadAsync(store, batch, cancellationToken);
        var result = ConsultationRows.AppraisedRule(dossier, request.Row, request.Rule!);
        var bytes = await composer.ConsultationRequestAsync(
            dossier,
            result,
            request.Rule!,
            composer.DayOf(clock.GetUtcNow()),
            cancellationToken
        );
        return new ReplyLetterFile(
            bytes,
            LetterComposer.DocxType,
            $"xin-y-kien-{batch.Id}-{request.Row}-{request.Rule!.ToLowerInvariant()}.docx"
        );
    }
}

/// <summary>The appraised row a consultation is about, with the rule in its results; 404 for a row that does not exist, 400 otherwise.</summary>
public static class ConsultationRows
{
    public static AppraisalResult AppraisedRule(Dossier dossier, int row, string ruleId)
    {
        var outcome = dossier.Rows.FirstOrDefault(r => r.Row.Row == row)
            ?? throw new NotFoundException(
                $"Submission {dossier.Batch.Id} has no row {row}.",
                $"Hồ sơ số {dossier.Batch.Id} không có dòng số {row}."
            );
        if (outcome.Appraisal is null)
        {
            throw RequestValidationException.For(
                "row",
                $"Row {row} of batch {dossier.Batch.Id} was rejected, not appraised: there is nothing to consult on.",
                "Dòng này không hợp lệ nên không được thẩm định; không có nội dung để xin ý kiến."
            );
        }
        if (outcome.Appraisal.Results.All(r => r.RuleId != ruleId))
            throw RequestValidationException.For(
                "rule",
                $"Rule {ruleId} was not applied to row {row}.",
                "Quy tắc này không được áp dụng cho trạm."
            );
        return outcome.Appraisal;
    }
}

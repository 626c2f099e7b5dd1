using System.Globalization;
using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Api.Submissions;
using TelecomGis.Reports;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Desk;

/// <summary>The body of a consulted authority's answer.</summary>
/// <param name="Rule">The rule consulted on: R04, R10 or R11.</param>
/// <param name="DocumentNumber">The number and symbol of the authority's answer.</param>
/// <param name="Date">Its date, yyyy-mm-dd.</param>
/// <param name="Answer">agrees, objects or conditions.</param>
/// <param name="Conditions">Required when the answer is conditions.</param>
/// <param name="Authority">Who answered; the authority the rule names when left out.</param>
public sealed record ConsultationInput(
    string? Rule,
    string? DocumentNumber,
    string? Date,
    string? Answer,
    string? Conditions,
    string? Authority = null
);

/// <summary>
/// An appraiser records a consulted authority's answer about one rule of one site; it settles that rule's outcome for the views and
/// the letter (as an override does): agrees passes it, objects fails it, conditions passes it with the conditions.
/// </summary>
public sealed record RecordConsultation(ApiUser User, long SubmissionId, int Row, ConsultationInput Input)
    : IRequest<ConsultationView>,
        IValidated
{
    public const int MaxNumberLength = 50;

    public IEnumerable<FieldError> Validate()
    {
        if (Input.Rule is not ("R04" or "R10" or "R11"))
            yield return new FieldError(
                "rule",
                "rule must be one that names an authority to consult: R04, R10 or R11.",
                "Quy tắc phải là R04, R10 hoặc R11."
            );
        if (string.IsNullOrWhiteSpace(Input.DocumentNumber) || Input.DocumentNumber.Trim().Length > MaxNumberLength)
        {
            yield return new FieldError(
                "document_number",
                $"document_number is the answer's number and symbol, 1 to {MaxNumberLength} characters.",
                $"Số văn bản trả lời dài từ 1 đến {MaxNumberLength} ký tự."
            );
        }
        if (!DateOnly.TryParseExact(Input.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            yield return new FieldError(
                "date",
                "date is the answer's date, yyyy-mm-dd.",
                "Ngày văn bản trả lời phải có dạng năm-tháng-ngày (yyyy-mm-dd)."
            );
        var answer = Consultation.Parse(Input.Answer);
        if (answer is null)
            yield return new FieldError(
                "answer",
                "answer must be one of agrees, objects, conditions.",
                "Ý kiến trả lời phải là đồng ý, không đồng ý hoặc đồng ý có điều kiện."
            );
        if (answer == ConsultationAnswer.Conditions && string.IsNullOrWhiteSpace(Input.Conditions))
            yield return new FieldError(
                "conditions",
                "An answer with conditions needs the conditions.",
                "Cần ghi rõ điều kiện của cơ quan trả lời."
            );
        if (Input.Conditions is { Length: > 2000 })
            yield return new FieldError("conditions", "conditions is at most 2000 characters.", "Điều kiện dài tối đa 2000 ký tự.");
        if (Input.Authority is { Length: > 200 })
            yield return new FieldError("authority", "authority is at most 200 characters.", "Tên cơ quan dài tối đa 200 ký tự.");
    }
}

public sealed class RecordConsultationHandler(
    IAppraisalStore store,
    SubmissionDirectory directory,
    CurrentPlan current,
    DueDates due,
    TimeProvider clock
) : IRequestHandler<RecordConsultation, ConsultationView>
{
    public async ValueTask<ConsultationView> Handle(RecordConsultation request, CancellationToken cancellationToken)
    {
        var batch = await directory.GetAsync(request.SubmissionId, request.User, cancellationToken);
        var dossier = await Dossier.LoadAsync(store, batch, cancellationToken);
        dossier.EnsureNotIssued();
        var input = request.Input;
        ConsultationRows.AppraisedRule(dossier, request.Row, input.Rule!);
        var now = clock.GetUtcNow();
        var date = DateOnly.ParseExact(input.Date!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (date > due.DayOf(now))
            throw RequestValidationException.For(
                "date",
                "The answer's date is in the future.",
                "Ngày văn bản trả lời không được sau ngày hôm nay."
            );
        var authority = string.IsNullOrWhiteSpace(input.Authority)
            ? ConsultationRequest.AuthoritiesFor(input.Rule!, current.Plan.Province.Name)[0]
            : input.Authority.Trim();
        var saved = await store.AppendConsultationAsync(
            new Consultation(
                0,
                batch.Id,
                request.Row,
                input.Rule!,
                authority,
                input.DocumentNumber!.Trim(),
                date,
                Consultation.Parse(input.Answer)!.Value,
                string.IsNullOrWhiteSpace(input.Conditions) ? null : input.Conditions.Trim(),
                request.User.UserId,
                now
            ),
            cancellationToken
        );
        return ConsultationView.From(saved);
    }
}

using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Desk;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Appraisal;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Submissions;

/// <summary>The body of an override: which row's rule, the outcome it stands for, and the appraiser's written reason.</summary>
public sealed record OverrideInput(int Row, string RuleId, string Outcome, string Reason);

/// <summary>The body of a decision on a whole batch.</summary>
public sealed record DecisionInput(string Outcome, string Reason);

/// <summary>An appraiser overrides one rule's outcome on one row; the engine's own outcome stays in the record beside it.</summary>
public sealed record OverrideRule(ApiUser User, long SubmissionId, OverrideInput Input) : IRequest<DecisionView>, IValidated
{
    public static readonly IReadOnlyList<string> Outcomes = RuleOutcomes.Codes;

    public IEnumerable<FieldError> Validate()
    {
        if (Input.Row < 1)
            yield return new FieldError("row", "row is the 1-based row of the batch.", "Số dòng phải từ 1.");
        if (string.IsNullOrWhiteSpace(Input.RuleId))
            yield return new FieldError("rule_id", "rule_id is required, e.g. R09.", "Thiếu mã quy tắc.");
        if (!Outcomes.Contains(Input.Outcome))
            yield return new FieldError("outcome", $"outcome must be one of {string.Join(", ", Outcomes)}.", "Kết quả không hợp lệ.");
        if (string.IsNullOrWhiteSpace(Input.Reason) || Input.Reason.Trim().Length < 5)
        {
            yield return new FieldError(
                "reason",
                "An override needs a written reason (at least 5 characters).",
                "Cần ghi rõ lý do (ít nhất 5 ký tự)."
            );
        }
    }
}

/// <summary>An appraiser's decision on a batch; a later decision supersedes an earlier one, which stays in the history.</summary>
public sealed record DecideSubmission(ApiUser User, long SubmissionId, DecisionInput Input) : IRequest<DecisionView>, IValidated
{
    public static readonly IReadOnlyList<string> Outcomes = ["approved", "refused"];

    public IEnumerable<FieldError> Validate()
    {
        if (!Outcomes.Contains(Input.Outcome))
            yield return new FieldError("outcome", $"outcome must be one of {string.Join(", ", Outcomes)}.", "Quyết định không hợp lệ.");
        if (string.IsNullOrWhiteSpace(Input.Reason) || Input.Reason.Trim().Length < 5)
        {
            yield return new FieldError(
                "reason",
                "A decision needs a written reason (at least 5 characters).",
                "Cần ghi rõ lý do (ít nhất 5 ký tự)."
            );
        }
    }
}

public sealed class ReviewHandlers(IAppraisalStore store, SubmissionDirectory directory, CurrentPlan current, TimeProvider clock)
    : IRequestHandler<OverrideRule, DecisionView>,
        IRequestHandler<DecideSubmission, DecisionView>
{
    public async ValueTask<DecisionView> Handle(OverrideRule request, CancellationToken cancellationToken)
    {
        var batch = await directory.GetAsync(request.SubmissionId, request.User, cancellationToken);
        var input = request.Input;
        var dossier = await Dossier.LoadAsync(store, batch, cancellationToken);
        dossier.EnsureNotIssued();
        var rows = dossier.Rows;
        var row = rows.FirstOrDefault(r => r.Row.Row == input.Row);
        if (row?.Appraisal is null)
        {
            throw RequestValidationException.For(
                "row",
                $"Row {input.Row} of batch {batch.Id} was not appraised (missing or rejected).",
                "Dòng này không được thẩm định."
            );
        }
        if (row.Appraisal.Results.All(r => r.RuleId != input.RuleId))
        {
            throw RequestValidationException.For(
                "rule_id",
                $"Unknown rule '{input.RuleId}': expected one of {string.Join(", ", current.Engine.Rules.Select(r => r.Id))}.",
                "Mã quy tắc không tồn tại."
            );
        }
        var saved = await store.AppendDecisionAsync(
            Decision.OverrideRule(
                batch.Id,
                input.Row,
                input.RuleId,
                input.Outcome,
                input.Reason.Trim(),
                request.User.UserId,
                clock.GetUtcNow()
            ),
            cancellationToken
        );
        return DecisionView.From(saved);
    }

    public async ValueTask<DecisionView> Handle(DecideSubmission request, CancellationToken cancellationToken)
    {
        var batch = await directory.GetAsync(request.SubmissionId, request.User, cancellationToken);
        (await Dossier.LoadAsync(store, batch, cancellationToken)).EnsureNotIssued();
        var saved = await store.AppendDecisionAsync(
            Decision.OnBatch(batch.Id, request.Input.Outcome, request.Input.Reason.Trim(), request.User.UserId, clock.GetUtcNow()),
            cancellationToken
        );
        return DecisionView.From(saved);
    }
}

using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Problems;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Submissions;

/// <param name="Status">pending, approved or refused; null for every batch the caller may see.</param>
public sealed record ListSubmissions(ApiUser User, string? Status) : IRequest<IReadOnlyList<SubmissionSummary>>, IValidated
{
    public static readonly IReadOnlyList<string> Statuses = ["pending", .. DecideSubmission.Outcomes];

    public IEnumerable<FieldError> Validate()
    {
        if (Status is not null && !Statuses.Contains(Status))
            yield return new FieldError("status", $"status must be one of {string.Join(", ", Statuses)}.", "Trạng thái không hợp lệ.");
    }
}

public sealed record GetSubmission(ApiUser User, long Id, bool English) : IRequest<SubmissionDetail>;

public sealed class SubmissionQueryHandlers(IAppraisalStore store, SubmissionDirectory directory)
    : IRequestHandler<ListSubmissions, IReadOnlyList<SubmissionSummary>>,
        IRequestHandler<GetSubmission, SubmissionDetail>
{
    public async ValueTask<IReadOnlyList<SubmissionSummary>> Handle(ListSubmissions request, CancellationToken cancellationToken)
    {
        var batches =
            request.Status == "pending" && !request.User.IsCarrier
                ? await store.ListPendingAsync(cancellationToken)
                : await directory.VisibleToAsync(request.User, cancellationToken);
        var summaries = new List<SubmissionSummary>(batches.Count);
        foreach (var b in batches)
        {
            var summary = SubmissionSummary.From(b, await store.ListDecisionsAsync(b.Id, cancellationToken));
            if (request.Status is null || summary.Status == request.Status)
                summaries.Add(summary);
        }
        return summaries;
    }

    public async ValueTask<SubmissionDetail> Handle(GetSubmission request, CancellationToken cancellationToken)
    {
        var batch = await directory.GetAsync(request.Id, request.User, cancellationToken);
        return SubmissionDetail.From(
            batch,
            await store.LoadRowsAsync(batch.Id, cancellationToken),
            await store.ListDecisionsAsync(batch.Id, cancellationToken),
            request.English
        );
    }
}

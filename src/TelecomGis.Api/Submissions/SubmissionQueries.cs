using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Desk;
using TelecomGis.Api.Problems;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Submissions;

/// <summary>One page of the batches the caller may see.</summary>
/// <param name="Status">pending, decided or issued; null for every batch the caller may see.</param>
/// <param name="English">Whether the status texts are in English (Accept-Language).</param>
/// <param name="Offset">Batches to skip, from 0.</param>
/// <param name="Limit">Batches in the page, 1 to <see cref="SqlAppraisalStore.MaxPageSize"/>.</param>
public sealed record ListSubmissions(
    ApiUser User,
    string? Status,
    int Offset = 0,
    int Limit = ListSubmissions.DefaultLimit,
    bool English = false
) : IRequest<SubmissionList>, IValidated
{
    public const int DefaultLimit = 50;

    public static readonly IReadOnlyList<string> Statuses = DeskStatus.All;

    public IEnumerable<FieldError> Validate()
    {
        if (Status is not null && !Statuses.Contains(Status))
            yield return new FieldError("status", $"status must be one of {string.Join(", ", Statuses)}.", "Trạng thái không hợp lệ.");
        if (Offset < 0)
            yield return new FieldError("offset", "offset must be 0 or more.", "offset phải từ 0 trở lên.");
        if (Limit is < 1 or > SqlAppraisalStore.MaxPageSize)
        {
            yield return new FieldError(
                "limit",
                $"limit must be from 1 to {SqlAppraisalStore.MaxPageSize}.",
                $"limit phải từ 1 đến {SqlAppraisalStore.MaxPageSize}."
            );
        }
    }
}

/// <summary>A page of batches and how many the listing holds in all.</summary>
public sealed record SubmissionList(IReadOnlyList<SubmissionSummary> Items, int Total, int Offset, int Limit);

public sealed record GetSubmission(ApiUser User, long Id, bool English) : IRequest<SubmissionDetail>;

public sealed class SubmissionQueryHandlers(IAppraisalStore store, SubmissionDirectory directory, DueDates due)
    : IRequestHandler<ListSubmissions, SubmissionList>,
        IRequestHandler<GetSubmission, SubmissionDetail>
{
    public async ValueTask<SubmissionList> Handle(ListSubmissions request, CancellationToken cancellationToken)
    {
        // Appraisers work their queue of pending batches oldest first, which is also the order of their due dates (a later receipt
        // never falls due earlier); every other listing is newest first.
        var oldestFirst = request.Status is DeskStatus.Pending or DeskStatus.Decided && !request.User.IsCarrier;
        var page = await store.ListSubmissionsAsync(
            SubmissionDirectory.QueryFor(request.User, request.Status, oldestFirst),
            request.Offset,
            request.Limit,
            cancellationToken
        );
        var letters = (await store.ListLettersAsync([.. page.Items.Select(i => i.Submission.Id)], cancellationToken)).ToLookup(l =>
            l.SubmissionId
        );
        return new SubmissionList(
            [.. page.Items.Select(i => SubmissionSummary.From(i, [.. letters[i.Submission.Id]], due, request.English))],
            page.Total,
            page.Offset,
            page.Limit
        );
    }

    public async ValueTask<SubmissionDetail> Handle(GetSubmission request, CancellationToken cancellationToken)
    {
        var batch = await directory.GetAsync(request.Id, request.User, cancellationToken);
        return SubmissionDetail.From(await Dossier.LoadAsync(store, batch, cancellationToken), due, request.English, request.User);
    }
}

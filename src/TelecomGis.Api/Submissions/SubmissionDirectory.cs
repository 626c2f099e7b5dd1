using TelecomGis.Api.Auth;
using TelecomGis.Api.Problems;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Submissions;

/// <summary>
/// Finds batches as the caller may see them: a carrier only its own; an appraiser or admin every carrier's. One batch is one
/// lookup by id; a list is the store's paged listing (one query a page, whatever the number of batches).
/// </summary>
public sealed class SubmissionDirectory(IAppraisalStore store)
{
    /// <summary>What the caller may list: a carrier's own batches, or every carrier's.</summary>
    public static SubmissionQuery QueryFor(ApiUser user, string? status = null, bool oldestFirst = false) =>
        new(user.IsCarrier ? user.Carrier : null, status, oldestFirst);

    /// <summary>Every batch the caller may see, newest first, read a page at a time (a plan's impact report reads them all).</summary>
    public async Task<IReadOnlyList<Submission>> VisibleToAsync(ApiUser user, CancellationToken cancellationToken)
    {
        var all = new List<Submission>();
        for (var offset = 0; ; offset += SqlAppraisalStore.MaxPageSize)
        {
            var page = await store.ListSubmissionsAsync(QueryFor(user), offset, SqlAppraisalStore.MaxPageSize, cancellationToken);
            all.AddRange(page.Items.Select(i => i.Submission));
            if (page.Items.Count < SqlAppraisalStore.MaxPageSize)
                return all;
        }
    }

    /// <summary>The batch, or <see cref="NotFoundException"/> when it does not exist or the caller may not see it (both answer 404: no probing of ids).</summary>
    public async Task<Submission> GetAsync(long id, ApiUser user, CancellationToken cancellationToken) =>
        await FindAsync(id, user, cancellationToken)
        ?? throw new NotFoundException($"No submission {id} that you may see.", $"Không tìm thấy hồ sơ số {id}.");

    /// <summary>The batch, or null when it does not exist or the caller may not see it (both answer 404: no probing of ids).</summary>
    public async Task<Submission?> FindAsync(long id, ApiUser user, CancellationToken cancellationToken) =>
        await store.FindSubmissionAsync(id, cancellationToken) is { } batch && (!user.IsCarrier || batch.Carrier == user.Carrier)
            ? batch
            : null;
}

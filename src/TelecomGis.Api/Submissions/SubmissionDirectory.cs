using TelecomGis.Api.Auth;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Submissions;

/// <summary>
/// Finds batches as the caller may see them: a carrier only its own; an appraiser or admin every carrier's. The store lists by
/// carrier (its contract keeps carriers apart), so a reviewer's view is the union over the carriers the service knows.
/// </summary>
public sealed class SubmissionDirectory(IAppraisalStore store, KeyRing keys)
{
    public async Task<IReadOnlyList<Submission>> VisibleToAsync(ApiUser user, CancellationToken cancellationToken)
    {
        if (user.IsCarrier)
            return await store.ListSubmissionsAsync(user.Carrier!, cancellationToken);
        var all = new List<Submission>();
        foreach (var carrier in SubmissionRowParser.KnownCarriers.Union(keys.Carriers, StringComparer.Ordinal))
        {
            all.AddRange(await store.ListSubmissionsAsync(carrier, cancellationToken));
        }
        return [.. all.OrderByDescending(s => s.SubmittedAt).ThenByDescending(s => s.Id)];
    }

    /// <summary>The batch, or <see cref="NotFoundException"/> when it does not exist or the caller may not see it (both answer 404: no probing of ids).</summary>
    public async Task<Submission> GetAsync(long id, ApiUser user, CancellationToken cancellationToken) =>
        await FindAsync(id, user, cancellationToken) ?? throw new NotFoundException($"No submission {id} that you may see.");

    /// <summary>The batch, or null when it does not exist or the caller may not see it (both answer 404: no probing of ids).</summary>
    public async Task<Submission?> FindAsync(long id, ApiUser user, CancellationToken cancellationToken)
    {
        if (!user.IsCarrier && (await store.ListPendingAsync(cancellationToken)).FirstOrDefault(s => s.Id == id) is { } pending)
            return pending;
        return (await VisibleToAsync(user, cancellationToken)).FirstOrDefault(s => s.Id == id);
    }
}

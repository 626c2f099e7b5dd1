namespace TelecomGis.Storage.Stores;

// The intake lock (issue 11, item 6, and issue 14's several instances): one batch at a time per province, whichever instance
// received it. Each dialect holds it its own way; the lock's name carries the view's province, so provinces never wait on one
// another.
public abstract partial class SqlAppraisalStore
{
    public Task<IAsyncDisposable> HoldIntakeAsync(CancellationToken cancellationToken = default) =>
        HoldLockAsync("intake:" + (Province ?? "store"), cancellationToken);

    /// <summary>Holds the store-wide named lock until the returned handle is disposed.</summary>
    protected abstract Task<IAsyncDisposable> HoldLockAsync(string name, CancellationToken cancellationToken);
}

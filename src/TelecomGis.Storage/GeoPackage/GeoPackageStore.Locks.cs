namespace TelecomGis.Storage.GeoPackage;

// Named locks shared by every process on the file: an exclusive lock on a small file beside the store (.NET takes an advisory
// flock for FileShare.None on Linux, which also excludes a second handle in the same process). SQLite's own locks cannot serve:
// a batch is appraised between its register read and its save, and holding a write transaction that long would stall every
// other writer. The lock files stay beside the store (removing one while another process waits on it would split the lock).
public sealed partial class GeoPackageStore
{
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(10);

    protected override async Task<IAsyncDisposable> HoldLockAsync(string name, CancellationToken cancellationToken)
    {
        var file = $"{Path}.lock-{new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')])}";
        while (true)
        {
            try
            {
                return new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException)
            {
                // Held by another instance (or another request of this one): wait for it, as PostgreSQL's lock would.
                await Task.Delay(LockRetry, cancellationToken);
            }
        }
    }
}

namespace TelecomGis.Storage.Stores;

/// <summary>
/// The API keys of a deployment, kept in the store so that every instance behind a balancer finds a key the moment another
/// issued it (issue 14). Only hashes are kept: a 32-byte random key needs no salt or slow hash, and a lookup is one index read.
/// </summary>
public interface IKeyStore
{
    /// <summary>Adds the key; false (and nothing written) when a key with this hash is already there.</summary>
    Task<bool> AddKeyAsync(StoredApiKey key, CancellationToken cancellationToken = default);

    /// <summary>The key with this SHA-256, or null.</summary>
    Task<StoredApiKey?> FindKeyAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts one unknown key presented by <paramref name="client"/> (issue 14: shared by every instance on the store, so N instances
    /// do not allow N times the tries). The client's window starts at its first failure and lasts <paramref name="window"/>; a
    /// failure after it starts a new one. Windows over for longer than that are deleted on the way.
    /// </summary>
    /// <returns>The client's failures in its current window, this one included, and when that window started.</returns>
    Task<(int Failures, DateTimeOffset WindowStart)> CountFailedKeyAsync(
        string client,
        DateTimeOffset now,
        TimeSpan window,
        CancellationToken cancellationToken = default
    );

    /// <summary>The carriers that hold at least one key, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListKeyCarriersAsync(CancellationToken cancellationToken = default);
}

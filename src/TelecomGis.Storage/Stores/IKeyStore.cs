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

    /// <summary>The carriers that hold at least one key, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListKeyCarriersAsync(CancellationToken cancellationToken = default);
}

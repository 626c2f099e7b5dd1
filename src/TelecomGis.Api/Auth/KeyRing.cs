using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Auth;

/// <summary>A key as issued: the secret is in <see cref="Key"/> only now; the ring keeps its SHA-256.</summary>
public sealed record IssuedKey(ApiUser User, string Key);

/// <summary>The keys this start created for the demo users (empty after the first run): printed once, then only their hashes remain.</summary>
public sealed record DemoCredentials(IReadOnlyList<IssuedKey> Keys);

/// <summary>
/// The API keys, kept as SHA-256 hashes in a JSON file beside the store. A key is 32 random bytes: with that much entropy a plain
/// hash is enough (no salt or slow hash is needed against guessing), and a lookup by hash is one dictionary read.
/// The file is shared with <c>issue-key</c>, which writes to it while the service runs: an unknown key makes the ring read the
/// file again, but only when its timestamp or length differs from the version last read or written, so wrong keys cost a
/// file-system stat, not a parse. Thread-safe: lookups read an immutable dictionary; reloads and issues swap it under a lock.
/// </summary>
public sealed class KeyRing
{
    private const string Prefix = "tgk_";
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
    private readonly string _path;
    private readonly Lock _gate = new();
    private volatile Dictionary<string, StoredKey> _byHash;
    private IKeyStore? _store;

    /// <summary>The keys file as last read or written (time and length); null while there is none.</summary>
    private FileStamp? _stamp;

    private KeyRing(string path, Dictionary<string, StoredKey> byHash)
    {
        _path = path;
        _byHash = byHash;
        _stamp = FileStamp.Of(path);
    }

    private sealed record FileStamp(DateTime LastWriteUtc, long Length)
    {
        public static FileStamp? Of(string path)
        {
            var file = new FileInfo(path);
            return file.Exists ? new FileStamp(file.LastWriteTimeUtc, file.Length) : null;
        }
    }

    /// <param name="Province">Null in files written before provinces (issue 12, item 5): a national role.</param>
    private sealed record StoredKey(
        string Sha256,
        string UserId,
        string Role,
        string? Carrier,
        DateTimeOffset IssuedAt,
        string? Province = null
    )
    {
        public ApiUser User => new(UserId, Role, Carrier, Province);
    }

    /// <summary>Opens the ring; on first run (no file) issues one demo key per role and one per carrier.</summary>
    public static KeyRing Open(string path, out IReadOnlyList<IssuedKey> demoKeys)
    {
        if (File.Exists(path))
        {
            demoKeys = [];
            return new KeyRing(path, Read(path));
        }
        var ring = new KeyRing(path, new Dictionary<string, StoredKey>(StringComparer.Ordinal));
        var issued = new List<IssuedKey>
        {
            ring.Issue(new ApiUser("demo-admin", Roles.Admin, null), save: false),
            ring.Issue(new ApiUser("demo-appraiser", Roles.Appraiser, null), save: false),
            ring.Issue(new ApiUser("demo-planner", Roles.Planner, null), save: false),
        };
        foreach (var carrier in SubmissionRowParser.KnownCarriers)
        {
            issued.Add(ring.Issue(new ApiUser($"demo-{carrier.ToLowerInvariant()}", Roles.Carrier, carrier), save: false));
        }
        ring.Save();
        demoKeys = issued;
        return ring;
    }

    public IssuedKey Issue(ApiUser user) => Issue(user, save: true);

    /// <summary>Copies every key the file holds into the store (those already there are left alone) and looks keys up in it from now on.</summary>
    public async Task AttachAsync(IKeyStore store, CancellationToken cancellationToken)
    {
        _store = store;
        await SeedAsync(_byHash.Values, cancellationToken);
    }

    /// <summary>Issues a key, kept in the file and, with a store attached, in the store before it is shown.</summary>
    public async Task<IssuedKey> IssueAsync(ApiUser user, CancellationToken cancellationToken)
    {
        var issued = Issue(user);
        await SeedAsync([_byHash[Hash(issued.Key)]], cancellationToken);
        return issued;
    }

    /// <summary>
    /// The key's user: from the keys already met, else the file (read again when it changed), else the store by the key's hash.
    /// The lookup is by hash in every case, so its time says nothing about how close a wrong key came to a right one.
    /// </summary>
    public async Task<ApiUser?> FindAsync(string key, CancellationToken cancellationToken)
    {
        if (Find(key) is { } user)
        {
            if (_store is not null && _seeded != _byHash)
                await SeedAsync(_byHash.Values, cancellationToken);
            return user;
        }
        if (_store is null || key.Length > 200)
            return null;
        if (await _store.FindKeyAsync(Hash(key), cancellationToken) is not { } stored)
            return null;
        var found = new StoredKey(stored.Sha256, stored.UserId, stored.Role, stored.Carrier, stored.IssuedAt, stored.Province);
        lock (_gate)
            _byHash = new Dictionary<string, StoredKey>(_byHash, StringComparer.Ordinal) { [found.Sha256] = found };
        // Remembered as seeded: it came from the store.
        _seeded = _byHash;
        return found.User;
    }

    /// <summary>The dictionary whose keys were last copied into the store: a file read since (issue-key) is copied again.</summary>
    private volatile Dictionary<string, StoredKey>? _seeded;

    private async Task SeedAsync(IEnumerable<StoredKey> keys, CancellationToken cancellationToken)
    {
        if (_store is null)
            return;
        var snapshot = _byHash;
        foreach (var k in keys.ToList())
            await _store.AddKeyAsync(new StoredApiKey(k.Sha256, k.UserId, k.Role, k.Carrier, k.IssuedAt, k.Province), cancellationToken);
        _seeded = snapshot;
    }

    private IssuedKey Issue(ApiUser user, bool save)
    {
        var key = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var hash = Hash(key);
        lock (_gate)
        {
            // Keys another process added since (issue-key) are kept: the file is read again before it is rewritten.
            if (save)
                ReloadIfChanged();
            // Copy on write: lookups read the dictionary without the lock.
            var next = new Dictionary<string, StoredKey>(_byHash, StringComparer.Ordinal)
            {
                [hash] = new StoredKey(hash, user.UserId, user.Role, user.Carrier, DateTimeOffset.UtcNow, user.Province),
            };
            _byHash = next;
            if (save)
                Save();
        }
        return new IssuedKey(user, key);
    }

    public ApiUser? Find(string key)
    {
        if (key.Length is 0 or > 200)
            return null;
        var hash = Hash(key);
        if (_byHash.TryGetValue(hash, out var k))
            return k.User;
        // Perhaps issued by `issue-key` since the ring was read.
        lock (_gate)
        {
            ReloadIfChanged();
        }
        return _byHash.TryGetValue(hash, out k) ? k.User : null;
    }

    /// <summary>Reads the file again when it changed since last read or written; a file that cannot be read keeps the ring as it was.</summary>
    private void ReloadIfChanged()
    {
        var stamp = FileStamp.Of(_path);
        if (stamp is null || stamp == _stamp)
            return;
        // Recorded first: a broken file is not parsed again on every unknown key, only once it changes again.
        _stamp = stamp;
        try
        {
            _byHash = Read(_path);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            // Keep serving the keys already known; the next change of the file is read again.
        }
    }

    private static Dictionary<string, StoredKey> Read(string path) =>
        (JsonSerializer.Deserialize<List<StoredKey>>(File.ReadAllText(path), Json) ?? []).ToDictionary(
            k => k.Sha256,
            StringComparer.Ordinal
        );

    /// <summary>Carriers that hold keys: with the known carriers, whose submissions an appraiser may look through.</summary>
    public IEnumerable<string> Carriers => _byHash.Values.Select(k => k.Carrier).OfType<string>().Distinct(StringComparer.Ordinal);

    private void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var temp = _path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(_byHash.Values.OrderBy(k => k.IssuedAt).ToList(), Json));
        File.Move(temp, _path, overwrite: true);
        _stamp = FileStamp.Of(_path);
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

namespace TelecomGis.Storage.Stores;

// API keys (issue 14): hashes only; ON CONFLICT DO NOTHING is spelled alike by PostgreSQL and SQLite.
public abstract partial class SqlAppraisalStore
{
    public async Task<bool> AddKeyAsync(StoredApiKey key, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = Command(
            connection,
            null,
            "INSERT INTO api_keys (sha256, user_id, role, carrier, issued_at, province_code) VALUES (@sha, @user, @role, @carrier, @at, @province) "
                + "ON CONFLICT (sha256) DO NOTHING"
        );
        Add(insert, "@sha", key.Sha256);
        Add(insert, "@user", key.UserId);
        Add(insert, "@role", key.Role);
        Add(insert, "@carrier", Db(key.Carrier));
        Add(insert, "@at", TimestampValue(key.IssuedAt));
        Add(insert, "@province", Db(key.Province));
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<StoredApiKey?> FindKeyAsync(string sha256, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection,
            null,
            "SELECT sha256, user_id, role, carrier, issued_at, province_code FROM api_keys WHERE sha256 = @sha"
        );
        Add(select, "@sha", sha256);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        return new StoredApiKey(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            NullableString(reader, 3),
            ReadTimestamp(reader, 4),
            NullableString(reader, 5)
        );
    }

    public async Task<IReadOnlyList<string>> ListKeyCarriersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(connection, null, "SELECT DISTINCT carrier FROM api_keys WHERE carrier IS NOT NULL");
        var carriers = new List<string>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            carriers.Add(reader.GetString(0));
        carriers.Sort(StringComparer.Ordinal);
        return carriers;
    }
}

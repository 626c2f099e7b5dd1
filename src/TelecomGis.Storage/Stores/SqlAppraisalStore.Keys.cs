using System.Globalization;

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

    public async Task<(int Failures, DateTimeOffset WindowStart)> CountFailedKeyAsync(
        string client,
        DateTimeOffset now,
        TimeSpan window,
        CancellationToken cancellationToken = default
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var expired = now - window;
        await using (var prune = Command(connection, tx, "DELETE FROM failed_keys WHERE window_start <= @long_over"))
        {
            Add(prune, "@long_over", TimestampValue(expired - window));
            await prune.ExecuteNonQueryAsync(cancellationToken);
        }
        // One statement, so that instances counting at once never lose a failure: the row is the lock. Every SET expression reads
        // the row as it was (both PostgreSQL and SQLite), so the window is restarted and the count reset together.
        await using var count = Command(
            connection,
            tx,
            "INSERT INTO failed_keys (client, window_start, failures) VALUES (@client, @now, 1) ON CONFLICT (client) DO UPDATE SET "
                + "failures = CASE WHEN failed_keys.window_start <= @expired THEN 1 ELSE failed_keys.failures + 1 END, "
                + "window_start = CASE WHEN failed_keys.window_start <= @expired THEN @now ELSE failed_keys.window_start END "
                + "RETURNING failures, window_start"
        );
        Add(count, "@client", client);
        Add(count, "@now", TimestampValue(now));
        Add(count, "@expired", TimestampValue(expired));
        (int, DateTimeOffset) counted;
        await using (var reader = await count.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            counted = (Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), ReadTimestamp(reader, 1));
        }
        await tx.CommitAsync(cancellationToken);
        return counted;
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

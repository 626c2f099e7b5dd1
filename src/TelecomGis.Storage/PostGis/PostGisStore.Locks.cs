using Npgsql;

namespace TelecomGis.Storage.PostGis;

// Named locks shared by every instance on the database: PostgreSQL's session advisory locks, keyed by the name's hashtext. The
// lock lives with its own connection (taken from the pool for that long), so a crashed instance's lock goes with its session.
public sealed partial class PostGisStore
{
    protected override async Task<IAsyncDisposable> HoldLockAsync(string name, CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext(@name))", connection);
            command.Parameters.AddWithValue("name", "telecomgis:" + name);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new AdvisoryLock(connection, name);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class AdvisoryLock(NpgsqlConnection connection, string name) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
                return;
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext(@name))", connection);
                command.Parameters.AddWithValue("name", "telecomgis:" + name);
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }
            finally
            {
                // Closing the session releases its advisory locks in any case; the pool resets the connection it gets back.
                await connection.DisposeAsync();
            }
        }
    }
}

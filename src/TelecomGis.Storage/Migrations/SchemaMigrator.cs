using System.Data.Common;
using System.Reflection;

namespace TelecomGis.Storage.Migrations;

/// <summary>
/// Applies a store's numbered SQL files (embedded resources under Migrations/&lt;store&gt;/, 0001_… in name order), each in its own
/// transaction together with its row in schema_migrations, so a file is applied wholly or not at all and never twice.
/// </summary>
public static class SchemaMigrator
{
    /// <param name="store">The folder under Migrations/: "GeoPackage" or "PostGis".</param>
    /// <param name="lockSql">Run first in each file's transaction so that two processes starting at once apply a file once
    /// (PostgreSQL: an advisory lock; SQLite needs none, its write transactions already exclude each other).</param>
    /// <returns>The ids of the files applied now.</returns>
    public static async Task<IReadOnlyList<string>> ApplyAsync(
        DbConnection connection,
        string store,
        string? lockSql = null,
        CancellationToken cancellationToken = default
    )
    {
        await using (var create = await connection.BeginTransactionAsync(cancellationToken))
        {
            // Under the lock too: PostgreSQL's IF NOT EXISTS is not safe against a concurrent CREATE.
            if (lockSql is not null)
                await ExecuteAsync(connection, create, lockSql, cancellationToken);
            await ExecuteAsync(
                connection,
                create,
                "CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)",
                cancellationToken
            );
            await create.CommitAsync(cancellationToken);
        }
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT id FROM schema_migrations";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                applied.Add(reader.GetString(0));
        }
        var done = new List<string>();
        foreach (var (id, sql) in Files(store))
        {
            if (applied.Contains(id))
                continue;
            await using var tx = await connection.BeginTransactionAsync(cancellationToken);
            if (lockSql is not null)
                await ExecuteAsync(connection, tx, lockSql, cancellationToken);
            await using (var again = connection.CreateCommand())
            {
                // Looked up again under the lock: another process may have applied it since the list above was read.
                again.Transaction = tx;
                again.CommandText = "SELECT 1 FROM schema_migrations WHERE id = @id";
                AddParameter(again, "@id", id);
                if (await again.ExecuteScalarAsync(cancellationToken) is not null)
                    continue;
            }
            await ExecuteAsync(connection, tx, sql, cancellationToken);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = tx;
                record.CommandText = "INSERT INTO schema_migrations (id, applied_at) VALUES (@id, @at)";
                AddParameter(record, "@id", id);
                AddParameter(record, "@at", DateTimeOffset.UtcNow.ToString("O"));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
            await tx.CommitAsync(cancellationToken);
            done.Add(id);
        }
        return done;
    }

    /// <summary>The store's migration files as (id, SQL), id being the file name without ".sql", in order.</summary>
    public static IReadOnlyList<(string Id, string Sql)> Files(string store)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"{assembly.GetName().Name}.Migrations.{store}.";
        return
        [
            .. assembly
                .GetManifestResourceNames()
                .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
                .Select(n => (Id: n[prefix.Length..^".sql".Length], Sql: Read(assembly, n)))
                .OrderBy(f => f.Id, StringComparer.Ordinal),
        ];
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}

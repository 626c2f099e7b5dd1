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
    /// <returns>The ids of the files applied now.</returns>
    public static async Task<IReadOnlyList<string>> ApplyAsync(DbConnection connection, string store, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)", cancellationToken);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT id FROM schema_migrations";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) applied.Add(reader.GetString(0));
        }
        var done = new List<string>();
        foreach (var (id, sql) in Files(store))
        {
            if (applied.Contains(id)) continue;
            await using var tx = await connection.BeginTransactionAsync(cancellationToken);
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
            .. assembly.GetManifestResourceNames()
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

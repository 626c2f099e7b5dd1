using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TelecomGis.Storage.Tests.Stores;

/// <summary>
/// A throwaway PostgreSQL 15 + PostGIS server for the tests (docs: /work/shared/PLATFORM.md): initdb into a temporary folder,
/// a free port on 127.0.0.1, stopped with pg_ctl -m fast and removed afterwards. Each test gets its own database, copied from a
/// template that already has PostGIS. When PostgreSQL or PostGIS is missing the tests fail and say what to install.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string PgBin = "/usr/lib/postgresql/15/bin";
    private const string PostGisControl = "/usr/share/postgresql/15/extension/postgis.control";
    private const string Template = "template_postgis";
    private string? _root;
    private int _databases;

    public int Port { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(PgBin, "initdb")) || !File.Exists(PostGisControl))
            throw new InvalidOperationException(
                $"PostgreSQL 15 with PostGIS 3 is needed ({PgBin}/initdb, {PostGisControl}): apt-get install postgresql-15-postgis-3 (tools/test.sh does)."
            );
        _root = Path.Combine(Path.GetTempPath(), "telecomgis-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
        Port = FreePort();
        if (Environment.UserName == "root")
            await RunAsync("chown", ["-R", "postgres:postgres", _root]);
        await PgAsync("initdb", ["-D", Data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        await PgAsync(
            "pg_ctl",
            [
                "-D",
                Data,
                "-l",
                Path.Combine(_root, "log"),
                "-w",
                "-o",
                $"-p {Port} -c listen_addresses=127.0.0.1 -k {_root} -c fsync=off -c full_page_writes=off",
                "start",
            ]
        );
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await Execute(connection, $"CREATE DATABASE {Template}");
        await using var template = new NpgsqlConnection(ConnectionString(Template));
        await template.OpenAsync();
        await Execute(template, "CREATE EXTENSION postgis");
    }

    /// <summary>A new, empty database with PostGIS; its connection string.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        var name = $"store_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await Execute(connection, $"CREATE DATABASE {name} TEMPLATE {Template}");
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = "postgres",
            Database = database,
            Pooling = false,
        }.ToString();

    public async Task DisposeAsync()
    {
        if (_root is null)
            return;
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(Data, "postmaster.pid")))
            await PgAsync("pg_ctl", ["-D", Data, "-m", "fast", "-w", "stop"]);
        Directory.Delete(_root, recursive: true);
    }

    private string Data => Path.Combine(_root!, "data");

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    // As root (CI), the server must run as postgres: initdb refuses root.
    private static Task PgAsync(string tool, string[] args) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(PgBin, tool), .. args])
            : RunAsync(Path.Combine(PgBin, tool), args);

    private static async Task RunAsync(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{file} {string.Join(' ', args)} exited with {process.ExitCode}: {await error}{await output}"
            );
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using Npgsql;
using TelecomGis.Storage.PostGis;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Storage.Tests.Stores;

/// <summary>The store contract against PostGIS: a database of its own per test on the collection's throwaway server.</summary>
[Collection(PostgresServerGroup.Name)]
public sealed class PostGisStoreTests(PostgresServer server, CommittedBundleFixture bundle, Xunit.Abstractions.ITestOutputHelper output)
    : StoreContractTests(bundle, output)
{
    private readonly ConcurrentDictionary<IAppraisalStore, string> _connectionStrings = new();

    protected override async Task<IAppraisalStore> NewStoreAsync()
    {
        var connectionString = await server.NewDatabaseAsync();
        var store = await PostGisStore.OpenAsync(connectionString);
        _connectionStrings[store] = connectionString;
        return store;
    }

    protected override async Task<IAppraisalStore> ReopenAsync(IAppraisalStore store)
    {
        var connectionString = _connectionStrings[store];
        var reopened = await PostGisStore.OpenAsync(connectionString);
        _connectionStrings[reopened] = connectionString;
        return reopened;
    }

    protected override async Task<object?> RawAsync(IAppraisalStore store, string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionStrings[store]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    protected override (string Kind, string Location) ChildTarget(IAppraisalStore store) => ("postgis", _connectionStrings[store]);

    [Fact]
    public async Task ServicesConnectingToANewDatabaseAtOnceApplyEachMigrationOnce()
    {
        var connectionString = await server.NewDatabaseAsync();
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostGisStore.OpenAsync(connectionString))));
        _connectionStrings[stores[0]] = connectionString;
        Assert.Equal(
            (long)Migrations.SchemaMigrator.Files("PostGis").Count,
            Convert.ToInt64(await RawAsync(stores[0], "SELECT count(*) FROM schema_migrations"), CultureInfo.InvariantCulture)
        );
        foreach (var store in stores)
            await store.DisposeAsync();
    }

    [Fact]
    public async Task GeometriesAreEpsg4326WithAGistIndexPerLayer()
    {
        await using var store = await NewStoreAsync();
        await store.ImportPlanAsync(SmallPlan);
        Assert.Equal(
            4326,
            Convert.ToInt32(await RawAsync(store, "SELECT DISTINCT ST_SRID(geom) FROM communes"), CultureInfo.InvariantCulture)
        );
        // Eleven plan layers and the register's structure events (issue 11).
        Assert.Equal(
            12L,
            Convert.ToInt64(
                await RawAsync(
                    store,
                    "SELECT count(*) FROM pg_indexes WHERE indexdef LIKE '%USING gist (geom)%' AND schemaname = 'public'"
                ),
                CultureInfo.InvariantCulture
            )
        );
        Assert.Equal(
            12L,
            Convert.ToInt64(await RawAsync(store, "SELECT count(*) FROM geometry_columns WHERE srid = 4326"), CultureInfo.InvariantCulture)
        );
        Assert.Equal("0010_provinces", await RawAsync(store, "SELECT max(id) FROM schema_migrations"));
    }
}

using Microsoft.Data.Sqlite;
using TelecomGis.Storage.GeoPackage;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Storage.Tests.Stores;

/// <summary>The store contract against a GeoPackage file in a temporary folder.</summary>
[Collection(CommittedBundleGroup.Name)]
public sealed class GeoPackageStoreTests(CommittedBundleFixture bundle, Xunit.Abstractions.ITestOutputHelper output)
    : StoreContractTests(bundle, output),
        IDisposable
{
    private readonly string _dir = TestPaths.NewTempDir();

    protected override async Task<IAppraisalStore> NewStoreAsync() =>
        await GeoPackageStore.OpenAsync(Path.Combine(_dir, $"{Guid.NewGuid():N}.gpkg"));

    protected override async Task<IAppraisalStore> ReopenAsync(IAppraisalStore store) =>
        await GeoPackageStore.OpenAsync(((GeoPackageStore)store).Path);

    protected override async Task<object?> RawAsync(IAppraisalStore store, string sql) => await Raw(((GeoPackageStore)store).Path, sql);

    protected override (string Kind, string Location) ChildTarget(IAppraisalStore store) => ("geopackage", ((GeoPackageStore)store).Path);

    /// <summary>SQL on the file from outside the store, with the GeoPackage functions its triggers need and foreign keys on.</summary>
    public static async Task<object?> Raw(string path, string sql)
    {
        await using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()
        );
        await connection.OpenAsync();
        GeoPackageFunctions.Register(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys = ON; " + sql;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

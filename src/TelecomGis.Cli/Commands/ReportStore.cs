using TelecomGis.Storage.GeoPackage;
using TelecomGis.Storage.PostGis;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Cli.Commands;

/// <summary>Opens the store a --store argument names: a PostgreSQL connection string ("Host=…;Database=…") or a GeoPackage file.</summary>
internal static class ReportStore
{
    public static bool IsConnectionString(string store) =>
        store.Contains('=', StringComparison.Ordinal) && store.Contains(';', StringComparison.Ordinal);

    /// <param name="mustExist">Refuse a file that is not there (a report reads a store; it never creates one).</param>
    /// <param name="bulkLoad">A generator filling a new file: commits do not wait for the disk (<see cref="GeoPackageStore.OpenForBulkLoadAsync"/>).</param>
    public static async Task<IAppraisalStore> OpenAsync(string store, bool mustExist, bool bulkLoad = false)
    {
        if (IsConnectionString(store))
        {
            try
            {
                return await PostGisStore.OpenAsync(store);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or ArgumentException)
            {
                throw new CliError(
                    $"--store: không kết nối được PostgreSQL ({e.Message}).",
                    $"--store: cannot connect to PostgreSQL ({e.Message})."
                );
            }
        }
        if (mustExist && !File.Exists(store))
            throw new CliError($"--store: không có tệp kho dữ liệu '{store}'.", $"--store: there is no store file '{store}'.");
        try
        {
            return bulkLoad ? await GeoPackageStore.OpenForBulkLoadAsync(store) : await GeoPackageStore.OpenAsync(store);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            throw new CliError(
                $"--store: '{store}' không phải kho dữ liệu GeoPackage ({e.Message}).",
                $"--store: '{store}' is not a GeoPackage store ({e.Message})."
            );
        }
    }
}

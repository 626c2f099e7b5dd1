using System.CommandLine;
using TelecomGis.Storage.GeoPackage;
using TelecomGis.Storage.PostGis;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Cli.Commands;

/// <summary>Opens the store a --store argument names: a PostgreSQL connection string ("Host=…;Database=…") or a GeoPackage file.</summary>
internal static class ReportStore
{
    /// <summary>The <c>--store</c> option of the commands that read or write a department's store, the embedded file or PostGIS.</summary>
    public static Option<string> Option() =>
        new("--store")
        {
            Description = CliText.T(
                "Kho dữ liệu: tệp .gpkg hoặc chuỗi kết nối PostgreSQL (Host=…;Database=…).",
                "The store: a .gpkg file or a PostgreSQL connection string (Host=…;Database=…)."
            ),
            Required = true,
        };

    /// <summary>
    /// As <see cref="OpenAsync"/>, for the synchronous commands, the file's path made absolute (as the option's <c>FileInfo</c> did). A
    /// missing file is an error unless <paramref name="mustExist"/> is false (an import creates the store, as the service's first run
    /// would).
    /// </summary>
    public static IAppraisalStore Open(string store, bool mustExist = true) =>
        OpenAsync(IsConnectionString(store) ? store : Path.GetFullPath(store), mustExist).GetAwaiter().GetResult();

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
                    "--store: không kết nối được PostgreSQL (xem lại máy chủ, cổng, tên cơ sở dữ liệu, người dùng và mật khẩu trong chuỗi kết nối).",
                    $"--store: cannot connect to PostgreSQL ({e.Message})."
                );
            }
        }
        if (Directory.Exists(store))
            throw new CliError(
                $"--store: '{store}' là một thư mục; kho dữ liệu là một tệp .gpkg hoặc chuỗi kết nối PostgreSQL.",
                $"--store: '{store}' is a folder; the store is a .gpkg file or a PostgreSQL connection string."
            );
        if (mustExist && !File.Exists(store))
            throw new CliError($"--store: không có tệp kho dữ liệu '{store}'.", $"--store: there is no store file '{store}'.");
        try
        {
            return bulkLoad ? await GeoPackageStore.OpenForBulkLoadAsync(store) : await GeoPackageStore.OpenAsync(store);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            throw NotAStore(store, e);
        }
    }

    // SQLite's own words ("file is not a database") are English: the Vietnamese says what it means.
    internal static CliError NotAStore(string path, Microsoft.Data.Sqlite.SqliteException e) =>
        new(
            $"--store: '{path}' không phải kho dữ liệu GeoPackage (tệp hỏng hoặc là tệp loại khác).",
            $"--store: '{path}' is not a GeoPackage store ({e.Message})."
        );
}

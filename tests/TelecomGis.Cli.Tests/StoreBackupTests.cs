using Microsoft.Data.Sqlite;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.GeoPackage;

namespace TelecomGis.Cli.Tests;

/// <summary>
/// Issue 14, operable: `store backup` copies the embedded store while it is open; `store restore` puts the copy back, after checking
/// it, so a damaged or foreign file never replaces a working store.
/// </summary>
public sealed class StoreBackupTests
{
    [Fact]
    public async Task ABackupTakenWhileTheStoreIsOpen_RestoresWhatItHeld()
    {
        var dir = CliRunner.NewTempDir();
        var (storeFile, backupFile) = (Path.Combine(dir, "telecomgis.gpkg"), Path.Combine(dir, "backup.gpkg"));
        var plan = PlanBundleReader.Read(CliRunner.QuangNinh);
        await using (var store = await GeoPackageStore.OpenAsync(storeFile))
        {
            await store.ImportPlanAsync(plan);
            await store.ActivatePlanAsync(plan.Version, "planner", DateTimeOffset.UnixEpoch);

            // The service has the store open and keeps writing after the copy was taken.
            var backup = CliRunner.Run(null, "store", "backup", "--store", storeFile, "--out", backupFile);
            Assert.True(backup.ExitCode == 0, backup.Stderr);
            Assert.Contains("đã sao lưu", backup.Stderr, StringComparison.Ordinal);
            await store.ActivatePlanAsync(plan.Version, "planner", DateTimeOffset.UnixEpoch.AddDays(1));
        }
        Assert.Equal(2, Activations(storeFile));

        var restore = CliRunner.Run(null, "store", "restore", "--from", backupFile, "--store", storeFile);

        Assert.True(restore.ExitCode == 0, restore.Stderr);
        Assert.Equal(1, Activations(storeFile));
        await using var reopened = await GeoPackageStore.OpenAsync(storeFile);
        Assert.Equal(plan.Version, await reopened.CurrentPlanVersionAsync());
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Fact]
    public async Task ADamagedOrForeignBackup_NeverReplacesTheStore()
    {
        var dir = CliRunner.NewTempDir();
        var storeFile = Path.Combine(dir, "telecomgis.gpkg");
        await using (var store = await GeoPackageStore.OpenAsync(storeFile)) { }
        var before = await File.ReadAllBytesAsync(storeFile);

        var damaged = Path.Combine(dir, "damaged.gpkg");
        await File.WriteAllBytesAsync(damaged, [.. before.Take(before.Length / 2)]);
        var r = CliRunner.Run(null, "store", "restore", "--from", damaged, "--store", storeFile);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("bị hỏng", r.Stderr, StringComparison.Ordinal);

        var foreign = Path.Combine(dir, "foreign.gpkg");
        using (var connection = new SqliteConnection($"Data Source={foreign};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE roads (id INTEGER)";
            create.ExecuteNonQuery();
        }
        var f = CliRunner.Run(null, "--lang", "en", "store", "restore", "--from", foreign, "--store", storeFile);
        Assert.Equal(1, f.ExitCode);
        Assert.Contains("is not a TelecomGis store", f.Stderr, StringComparison.Ordinal);

        var missing = CliRunner.Run(null, "store", "backup", "--store", Path.Combine(dir, "none.gpkg"), "--out", damaged);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("Không có kho dữ liệu", missing.Stderr, StringComparison.Ordinal);

        Assert.Equal(before, await File.ReadAllBytesAsync(storeFile));
    }

    private static long Activations(string storeFile)
    {
        using var connection = new SqliteConnection($"Data Source={storeFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM plan_activations";
        return (long)count.ExecuteScalar()!;
    }
}

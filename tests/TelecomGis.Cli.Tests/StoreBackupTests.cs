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
        Assert.StartsWith("lỗi: không có kho dữ liệu", missing.Stderr, StringComparison.Ordinal);

        Assert.Equal(before, await File.ReadAllBytesAsync(storeFile));
    }

    /// <summary>
    /// A PostgreSQL connection string is refused as what it is, pointing to pg_dump, and never echoed (it holds a password), where
    /// it was taken for a missing file ("Không có kho dữ liệu /work/…/Host=…;Password=…").
    /// </summary>
    [Fact]
    public void AConnectionString_IsRefusedAsNotAnEmbeddedStore_WithoutEchoingItsPassword()
    {
        var dir = CliRunner.NewTempDir();
        const string Connection = "Host=127.0.0.1;Port=1;Database=x;Username=u;Password=bi-mat";
        var backup = CliRunner.Run(null, "store", "backup", "--store", Connection, "--out", Path.Combine(dir, "b.gpkg"));
        var restore = CliRunner.Run(null, "store", "restore", "--from", Path.Combine(dir, "b.gpkg"), "--store", Connection);
        foreach (var r in new[] { backup, restore })
        {
            Assert.Equal(1, r.ExitCode);
            var line = Assert.Single(r.Stderr.Trim().Split('\n'));
            Assert.StartsWith("lỗi: --store: lệnh này chỉ sao lưu, khôi phục kho dữ liệu nhúng (tệp .gpkg); kho PostgreSQL", line);
            Assert.Contains("pg_dump", line, StringComparison.Ordinal);
            Assert.DoesNotContain("bi-mat", line, StringComparison.Ordinal);
        }
        Assert.Empty(Directory.GetFiles(dir));
    }

    /// <summary>A folder where a file belongs is named a folder, not "ổ đĩa đầy" or "không có tệp sao lưu".</summary>
    [Fact]
    public async Task AFolderGivenForTheBackupFile_IsSaidToBeAFolder()
    {
        var dir = CliRunner.NewTempDir();
        var storeFile = Path.Combine(dir, "telecomgis.gpkg");
        await using (var store = await GeoPackageStore.OpenAsync(storeFile)) { }
        var folder = Directory.CreateDirectory(Path.Combine(dir, "sao-luu")).FullName;

        var backup = CliRunner.Run(null, "store", "backup", "--store", storeFile, "--out", folder);
        var restore = CliRunner.Run(null, "store", "restore", "--from", folder, "--store", storeFile);

        Assert.Equal(1, backup.ExitCode);
        Assert.Equal(
            $"lỗi: --out: '{folder}' là một thư mục, không phải tệp; hãy ghi cả tên tệp.",
            Assert.Single(backup.Stderr.Trim().Split('\n'))
        );
        Assert.Equal(1, restore.ExitCode);
        Assert.Equal(
            $"lỗi: --from: '{folder}' là một thư mục, không phải tệp; hãy ghi cả tên tệp.",
            Assert.Single(restore.Stderr.Trim().Split('\n'))
        );
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

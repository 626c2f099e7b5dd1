using Microsoft.Data.Sqlite;

namespace TelecomGis.Storage.GeoPackage;

/// <summary>
/// A copy of the embedded store taken while the service runs (SQLite's online backup: a consistent snapshot, page by page,
/// whatever is being written meanwhile), and putting such a copy back. Both write a temporary file beside the target and rename
/// it into place, so the target is the old file or the new one, never half of each.
/// </summary>
public static class GeoPackageBackup
{
    /// <summary>The tables without which a file is not a TelecomGis store (a GeoPackage of some other program, say).</summary>
    private static readonly string[] StoreTables = ["schema_migrations", "plan_versions", "submission_batches", "decisions"];

    /// <summary>Copies the store at <paramref name="storeFile"/> to <paramref name="backupFile"/>.</summary>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="GeoPackageBackupException">The store is missing or is not a TelecomGis store.</exception>
    public static long Backup(string storeFile, string backupFile)
    {
        if (!File.Exists(storeFile))
            throw new GeoPackageBackupException($"Không có kho dữ liệu {storeFile}.", $"There is no store at {storeFile}.");
        Check(storeFile);
        CopyInto(storeFile, backupFile);
        return new FileInfo(backupFile).Length;
    }

    /// <summary>
    /// Puts a backup in place of the store (the service must be stopped: a running instance keeps reading the file it opened).
    /// The backup is checked first (SQLite's integrity check and the store's tables), so a damaged or foreign file never
    /// replaces a working store.
    /// </summary>
    /// <exception cref="GeoPackageBackupException">The backup is missing, damaged or not a TelecomGis store.</exception>
    public static void Restore(string backupFile, string storeFile)
    {
        if (!File.Exists(backupFile))
            throw new GeoPackageBackupException($"Không có tệp sao lưu {backupFile}.", $"There is no backup at {backupFile}.");
        Check(backupFile);
        // A write-ahead log left beside the old store (an instance that was killed) would be replayed onto the restored file.
        File.Delete(storeFile + "-wal");
        File.Delete(storeFile + "-shm");
        CopyInto(backupFile, storeFile);
    }

    private static void Check(string file)
    {
        try
        {
            using var connection = Open(file, SqliteOpenMode.ReadOnly);
            using var integrity = connection.CreateCommand();
            integrity.CommandText = "PRAGMA integrity_check";
            if (integrity.ExecuteScalar() as string != "ok")
                throw Damaged(file);
            using var tables = connection.CreateCommand();
            tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            var names = new HashSet<string>(StringComparer.Ordinal);
            using (var reader = tables.ExecuteReader())
            {
                while (reader.Read())
                    names.Add(reader.GetString(0));
            }
            if (StoreTables.FirstOrDefault(t => !names.Contains(t)) is { } missing)
            {
                throw new GeoPackageBackupException(
                    $"Tệp {file} không phải kho dữ liệu TelecomGis (thiếu bảng {missing}).",
                    $"{file} is not a TelecomGis store (it has no {missing} table)."
                );
            }
        }
        catch (SqliteException)
        {
            throw Damaged(file);
        }
    }

    private static GeoPackageBackupException Damaged(string file) =>
        new($"Tệp {file} bị hỏng hoặc không phải cơ sở dữ liệu SQLite.", $"{file} is damaged or not an SQLite database.");

    private static void CopyInto(string source, string target)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var from = Open(source, SqliteOpenMode.ReadOnly))
            using (var to = Open(temporary, SqliteOpenMode.ReadWriteCreate))
            {
                from.BackupDatabase(to);
            }
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder
            {
                DataSource = file,
                Mode = mode,
                Pooling = false,
            }.ToString()
        );
        connection.Open();
        return connection;
    }
}

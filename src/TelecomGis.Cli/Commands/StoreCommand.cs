using System.CommandLine;
using TelecomGis.Storage.GeoPackage;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// <c>store backup --store FILE --out BACKUP</c> and <c>store restore --from BACKUP --store FILE</c>: the embedded store's backups
/// (<see cref="GeoPackageBackup"/>). A PostGIS store is backed up with pg_dump (docs/OPERATIONS.md).
/// </summary>
internal static class StoreCommand
{
    public static Command Create()
    {
        var command = new Command(
            "store",
            CliText.T(
                "Sao lưu và khôi phục kho dữ liệu nhúng (tệp .gpkg của dịch vụ).",
                "Back up and restore the embedded store (the service's .gpkg file)."
            )
        )
        {
            Backup(),
            Restore(),
        };
        return command;
    }

    private static Command Backup()
    {
        var store = StoreOption(CliText.T("Kho dữ liệu cần sao lưu (có thể đang chạy).", "The store to back up (it may be in use)."));
        var output = new Option<FileInfo>("--out")
        {
            Description = CliText.T("Tệp sao lưu cần ghi.", "The backup file to write."),
            Required = true,
        };
        var command = new Command(
            "backup",
            CliText.T(
                "Sao lưu trực tuyến: bản chụp nhất quán của kho kể cả khi dịch vụ đang ghi.",
                "Online backup: a consistent snapshot of the store even while the service writes to it."
            )
        )
        {
            store,
            output,
        };
        command.SetAction(parse =>
            Guard(() =>
            {
                var (from, to) = (EmbeddedStore(parse.GetValue(store)!), parse.GetValue(output)!);
                FileArgument.MustNotBeAFolder(to, "--out");
                var bytes = GeoPackageBackup.Backup(from, to.FullName);
                Console.Error.WriteLine(
                    CliText.T(
                        $"đã sao lưu {from} vào {to.FullName} ({bytes:N0} byte)",
                        $"backed up {from} to {to.FullName} ({bytes:N0} bytes)"
                    )
                );
                return 0;
            })
        );
        return command;
    }

    private static Command Restore()
    {
        var backup = new Option<FileInfo>("--from")
        {
            Description = CliText.T("Tệp sao lưu cần khôi phục.", "The backup to restore."),
            Required = true,
        };
        var store = StoreOption(
            CliText.T("Kho dữ liệu được thay thế (dừng dịch vụ trước).", "The store to replace (stop the service first).")
        );
        var command = new Command(
            "restore",
            CliText.T(
                "Khôi phục kho từ bản sao lưu đã kiểm tra toàn vẹn; tệp hỏng không bao giờ thay kho đang dùng.",
                "Restore the store from a backup after an integrity check; a damaged file never replaces a working store."
            )
        )
        {
            backup,
            store,
        };
        command.SetAction(parse =>
            Guard(() =>
            {
                var (from, to) = (parse.GetValue(backup)!, EmbeddedStore(parse.GetValue(store)!));
                if (!from.Exists)
                    throw FileArgument.Missing(from, "--from");
                GeoPackageBackup.Restore(from.FullName, to);
                Console.Error.WriteLine(CliText.T($"đã khôi phục {to} từ {from.FullName}", $"restored {to} from {from.FullName}"));
                return 0;
            })
        );
        return command;
    }

    /// <summary>
    /// The embedded store's file. A PostgreSQL connection string is refused by what it is, without echoing it (it holds a
    /// password): those stores are backed up with pg_dump.
    /// </summary>
    private static string EmbeddedStore(FileInfo store)
    {
        if (ReportStore.IsConnectionString(store.ToString()))
            throw new CliError(
                "--store: lệnh này chỉ sao lưu, khôi phục kho dữ liệu nhúng (tệp .gpkg); kho PostgreSQL sao lưu bằng pg_dump và khôi phục bằng pg_restore (xem docs/OPERATIONS.md).",
                "--store: this command backs up and restores the embedded store (a .gpkg file) only; back up a PostgreSQL store with pg_dump and restore it with pg_restore (docs/OPERATIONS.md)."
            );
        FileArgument.MustNotBeAFolder(store, "--store");
        return store.FullName;
    }

    private static Option<FileInfo> StoreOption(string description) => new("--store") { Description = description, Required = true };

    private static int Guard(Func<int> body) =>
        CliError.Guard(() =>
        {
            try
            {
                return body();
            }
            catch (GeoPackageBackupException e)
            {
                // Its Vietnamese begins "Không có …" or "Tệp …", a sentence of its own; after "lỗi: " it goes on in lower case.
                throw new CliError(CliError.AfterErrorWord(e.MessageVi), e.Message);
            }
        });
}

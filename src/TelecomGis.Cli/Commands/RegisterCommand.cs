using System.CommandLine;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Register;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// <c>register import --store FILE|CONNECTION --plan DIR</c>: the bundle's existing sites into the store's register (structures existing
/// before the plan; those already there are skipped); <c>register counts --store FILE|CONNECTION [--as-of]</c>: positions and BTS per
/// technology. The store is the embedded GeoPackage file or the production PostGIS database, as for the service.
/// </summary>
internal static class RegisterCommand
{
    public static Command Create() =>
        new(
            "register",
            CliText.T(
                "Sổ hạ tầng: nhập các trạm hiện có của gói quy hoạch, thống kê vị trí và BTS, xuất bảng, đối chiếu với quy hoạch.",
                "The infrastructure register: import a plan bundle's existing sites, count positions and BTS, export it, hold it against a plan."
            )
        )
        {
            Import(),
            Counts(),
            RegisterReadCommands.Export(),
            RegisterReadCommands.Conformity(),
            RegisterDiffCommand.Create(),
        };

    private static Command Import()
    {
        var store = ReportStore.Option();
        var plan = new Option<DirectoryInfo>("--plan")
        {
            Description = CliText.T("Gói quy hoạch có các trạm hiện có.", "The plan bundle holding the existing sites."),
            Required = true,
        };
        var command = new Command(
            "import",
            CliText.T(
                "Nhập các trạm hiện có vào sổ hạ tầng (hiện trạng trước quy hoạch); trạm đã có thì bỏ qua.",
                "Import the existing sites into the register (existing before the plan); sites already there are skipped."
            )
        )
        {
            store,
            plan,
        };
        command.SetAction(parse =>
            CliError.Guard(() =>
            {
                var read = ReadBundle(parse.GetValue(plan)!);
                using var opened = new OpenStore(ReportStore.Open(parse.GetValue(store)!, mustExist: false));
                var s = opened.Store;
                var register = s.LoadRegisterAsync().GetAwaiter().GetResult();
                var events = RegisterImport.FromSites(
                    read.Sites,
                    register,
                    DateTimeOffset.UtcNow,
                    Environment.UserName,
                    $"plan:{read.Version.Hash}"
                );
                if (events.Count > 0)
                    s.AppendRegisterEventsAsync(events).GetAwaiter().GetResult();
                Console.WriteLine(
                    CliText.T(
                        $"đã nhập {events.Count:N0} vị trí ({read.Sites.Count - events.Count:N0} vị trí đã có)",
                        $"imported {events.Count:N0} structures ({read.Sites.Count - events.Count:N0} already there)"
                    )
                );
                PrintCounts(s.LoadRegisterAsync().GetAwaiter().GetResult());
                return 0;
            })
        );
        return command;
    }

    private static Command Counts()
    {
        var store = ReportStore.Option();
        var asOf = new Option<DateTimeOffset?>("--as-of")
        {
            Description = CliText.T("Thời điểm cần xem (mặc định: hiện tại).", "The instant to read the register as of (default: now)."),
        };
        var command = new Command("counts", CliText.T("Số vị trí và số BTS theo công nghệ.", "Positions and BTS per technology."))
        {
            store,
            asOf,
        };
        command.SetAction(parse =>
            CliError.Guard(() =>
            {
                using var opened = new OpenStore(ReportStore.Open(parse.GetValue(store)!));
                PrintCounts(opened.Store.LoadRegisterAsync(parse.GetValue(asOf)).GetAwaiter().GetResult());
                return 0;
            })
        );
        return command;
    }

    private static void PrintCounts(RegisterState state)
    {
        var c = state.Counts();
        // Thousands with a dot in Vietnamese (1.400), a comma in English (1,400).
        static string N(int n) =>
            CliText.English
                ? n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                : n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.');
        var perTechnology = string.Join(
            ", ",
            c.BtsByTechnology.Select(p => $"{Core.Infrastructure.Technologies.Label(p.Key)}: {N(p.Value)}")
        );
        Console.WriteLine(
            CliText.T(
                $"{N(c.Structures)} vị trí, {N(c.Bts)} BTS ({perTechnology}); {N(c.ApprovedNotBuilt)} đã chấp thuận chưa xây dựng; {N(c.Unpermitted)} xây dựng không phép",
                $"{N(c.Structures)} structures, {N(c.Bts)} BTS ({perTechnology}); {N(c.ApprovedNotBuilt)} approved not built; {N(c.Unpermitted)} unpermitted"
            )
        );
    }

    /// <summary>The plan bundle a register command names, or the CLI's one-line error when the folder is not there.</summary>
    internal static ProvincePlan ReadBundle(DirectoryInfo folder) =>
        folder.Exists
            ? PlanBundleReader.Read(folder.FullName, ValidatedPlans.ForThisUser())
            : throw new CliError($"không có thư mục gói quy hoạch {folder.FullName}.", $"no plan bundle folder {folder.FullName}.");

    private sealed class OpenStore(IAppraisalStore store) : IDisposable
    {
        public IAppraisalStore Store { get; } = store;

        public void Dispose() => Store.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

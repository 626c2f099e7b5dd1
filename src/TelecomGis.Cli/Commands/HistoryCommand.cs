using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TelecomGis.Generator;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// <c>generate history --plan DIR --store FILE --from 2015-01-01 --to 2026-09-30</c>: fills an empty store with a seeded, synthetic
/// history of dossiers and the desk's decisions (<see cref="HistoryGenerator"/>), so that reports have years to compare.
/// </summary>
internal static class HistoryCommand
{
    public static Command Create()
    {
        var plan = new Option<DirectoryInfo>("--plan") { Description = CliText.T("Gói quy hoạch.", "The plan bundle."), Required = true };
        var store = new Option<string>("--store")
        {
            Description = CliText.T(
                "Kho dữ liệu cần ghi (tệp .gpkg hoặc chuỗi kết nối PostgreSQL); phải chưa có hồ sơ.",
                "The store to fill (a .gpkg file or a PostgreSQL connection string); it must hold no dossier yet."
            ),
            Required = true,
        };
        var from = new Option<string>("--from")
        {
            Description = CliText.T("Ngày bắt đầu (yyyy-mm-dd).", "First day (yyyy-mm-dd)."),
            DefaultValueFactory = _ => "2015-01-01",
        };
        var to = new Option<string>("--to")
        {
            Description = CliText.T("Ngày kết thúc (yyyy-mm-dd).", "Last day (yyyy-mm-dd)."),
            DefaultValueFactory = _ => "2026-09-30",
        };
        var seed = new Option<int>("--seed")
        {
            Description = CliText.T("Hạt giống ngẫu nhiên.", "Random seed."),
            DefaultValueFactory = _ => 2015,
        };
        var command = new Command(
            "history",
            CliText.T(
                "Tạo lịch sử hồ sơ thẩm định tổng hợp (qua chính các thao tác của bộ phận thẩm định) để lập báo cáo; 9 tháng đầu năm 2015 khớp báo cáo của Quảng Ninh: 279 hồ sơ, 151 phù hợp, 126 không phù hợp, 2 chờ ý kiến.",
                "Generate a synthetic history of appraisal dossiers (through the desk's own operations) to report on; January–September 2015 matches Quảng Ninh's report: 279 dossiers, 151 conforming, 126 not, 2 awaiting a consultation."
            )
        )
        {
            plan,
            store,
            from,
            to,
            seed,
        };
        command.SetAction(parse =>
            CliError.Guard(() =>
            {
                var first = Day(parse.GetValue(from)!, "--from");
                var last = Day(parse.GetValue(to)!, "--to");
                if (last < first)
                    throw new CliError("--to phải sau --from.", "--to must come after --from.");
                var bundle = PlanBundleReader.Read(parse.GetValue(plan)!.FullName, ValidatedPlans.ForThisUser());
                var clock = Stopwatch.StartNew();
                var summary = Run(bundle, parse.GetValue(store)!, first, last, parse.GetValue(seed)).GetAwaiter().GetResult();
                Console.Error.WriteLine(
                    CliText.T(
                        $"đã ghi {summary.Dossiers:N0} hồ sơ ({summary.Answered:N0} đã có ý kiến thẩm định, {summary.Consultations:N0} văn bản trả lời xin ý kiến), {summary.RegisterEvents:N0} sự kiện của sổ hạ tầng và {summary.Inspections:N0} biên bản kiểm tra trong {clock.Elapsed.TotalSeconds:N1} giây; số liệu tổng hợp, không phải số liệu thật",
                        $"{summary.Dossiers:N0} dossiers written ({summary.Answered:N0} decided, {summary.Consultations:N0} consultation replies), {summary.RegisterEvents:N0} register events and {summary.Inspections:N0} inspections in {clock.Elapsed.TotalSeconds:N1} s; synthetic, not real figures"
                    )
                );
                return 0;
            })
        );
        return command;
    }

    private static async Task<HistorySummary> Run(
        TelecomGis.Core.Planning.ProvincePlan plan,
        string storeName,
        DateOnly first,
        DateOnly last,
        int seed
    )
    {
        await using var store = await ReportStore.OpenAsync(storeName, mustExist: false, bulkLoad: true);
        try
        {
            return await HistoryGenerator.GenerateAsync(plan, store, first, last, seed, ConsoleProgress.Steps());
        }
        catch (InvalidOperationException e)
        {
            throw new CliError(
                "--store: kho dữ liệu đã có hồ sơ; lịch sử chỉ được tạo vào một kho chưa có hồ sơ nào.",
                "--store: " + e.Message
            );
        }
    }

    internal static DateOnly Day(string text, string option) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CliError($"{option}: '{text}' không phải ngày dạng yyyy-mm-dd.", $"{option}: '{text}' is not a yyyy-mm-dd date.");
}

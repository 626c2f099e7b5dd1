using System.CommandLine;
using TelecomGis.Cli.Output;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Reporting;
using TelecomGis.Reports.Periodic;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Reporting;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// <c>report --store FILE|CONNECTION --plan DIR --period 2026-Q3 --out DIR</c>: the department's periodic report, read from the
/// store as of the period's end with the same period a year earlier: bao-cao-PERIOD.xlsx (one sheet per table), .docx (the
/// telecom section) and .json (every figure). A period that has not begun has no figures and is refused; one in progress is
/// reported as of today, its figures provisional ("số liệu tạm tính"), as a department's preliminary report is.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var store = new Option<string>("--store")
        {
            Description = CliText.T(
                "Kho dữ liệu (tệp .gpkg hoặc chuỗi kết nối PostgreSQL).",
                "The store (a .gpkg file or a PostgreSQL connection string)."
            ),
            Required = true,
        };
        var plan = new Option<DirectoryInfo>("--plan") { Description = CliText.T("Gói quy hoạch.", "The plan bundle."), Required = true };
        var period = new Option<string>("--period")
        {
            Description = CliText.T(
                "Kỳ báo cáo: 2026-Q3 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng) hoặc 2026 (năm).",
                "The period: 2026-Q3, 2026-H1, 2026-9M or 2026."
            ),
            Required = true,
        };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = CliText.T("Thư mục ghi báo cáo.", "Where to write the report."),
            Required = true,
        };
        var command = new Command(
            "report",
            CliText.T(
                "Lập báo cáo định kỳ của Sở (thẩm định, hạ tầng trạm BTS, cáp quang, bưu chính) so với cùng kỳ năm trước: tệp .xlsx, .docx và .json.",
                "Write the department's periodic report (appraisals, BTS infrastructure, fiber, postal) against the same period a year earlier: .xlsx, .docx and .json."
            )
        )
        {
            store,
            plan,
            period,
            output,
        };
        command.SetAction(parse =>
            CliError.Guard(() =>
            {
                var chosen = ReportPeriod.TryParse(parse.GetValue(period))
                    ?? throw new CliError(
                        $"--period: '{parse.GetValue(period)}' không phải kỳ báo cáo; dùng 2026-Q3, 2026-H1, 2026-9M hoặc 2026.",
                        $"--period: '{parse.GetValue(period)}' is not a period; use 2026-Q3, 2026-H1, 2026-9M or 2026."
                    );
                var today = VietnamTime.DayOf(DateTimeOffset.UtcNow);
                if (chosen.NotBegunBy(today) is { } notBegun)
                    throw new CliError($"--period: {notBegun.Vi}", $"--period: {notBegun.En}");
                var bundle = PlanBundleReader.Read(parse.GetValue(plan)!.FullName, ValidatedPlans.ForThisUser());
                var report = Read(parse.GetValue(store)!, bundle, chosen, today).GetAwaiter().GetResult();
                if (report.Provisional)
                    Console.Error.WriteLine(
                        CliText.T(
                            $"lưu ý: {chosen.Vietnamese} chưa kết thúc (đến hết ngày {chosen.End:dd/MM/yyyy}); đây là số liệu tạm tính đến ngày {report.AsOf:dd/MM/yyyy}, cùng kỳ năm trước tính cả kỳ.",
                            $"note: {chosen.English} has not ended (it ends on {chosen.End:yyyy-MM-dd}); the figures are provisional up to {report.AsOf:yyyy-MM-dd}, the year-earlier column covers the whole period."
                        )
                    );
                var folder = AtomicFile.Folder(parse.GetValue(output)!, "--out");
                var name = $"bao-cao-{chosen.Code}";
                WriteAtomically(Path.Combine(folder, name + ".xlsx"), XlsxReportWriter.Write(report));
                WriteAtomically(Path.Combine(folder, name + ".docx"), DocxReportWriter.Write(report));
                WriteAtomically(Path.Combine(folder, name + ".json"), JsonReportWriter.Write(report));
                var appraisal = report.Table("tham-dinh");
                var (periodVi, periodEn) = report.Provisional
                    ? (
                        $"{chosen.Vietnamese} (tạm tính đến ngày {report.AsOf:dd/MM/yyyy})",
                        $"{chosen.English} (provisional, up to {report.AsOf:yyyy-MM-dd})"
                    )
                    : (chosen.Vietnamese, chosen.English);
                Console.WriteLine(
                    CliText.T(
                        $"{periodVi}: {appraisal?["received"]?.Current:N0} hồ sơ tiếp nhận; {appraisal?["conforms"]?.Current:N0} phù hợp, {appraisal?["does-not-conform"]?.Current:N0} không phù hợp, {appraisal?["awaiting-consultation"]?.Current:N0} chờ ý kiến, {appraisal?["appraising"]?.Current:N0} đang thẩm định",
                        $"{periodEn}: {appraisal?["received"]?.Current:N0} dossiers received; {appraisal?["conforms"]?.Current:N0} conforming, {appraisal?["does-not-conform"]?.Current:N0} not, {appraisal?["awaiting-consultation"]?.Current:N0} awaiting a consultation, {appraisal?["appraising"]?.Current:N0} being appraised"
                    )
                );
                Console.Error.WriteLine(
                    CliText.T($"đã ghi {name}.xlsx, .docx, .json vào {folder}", $"{name}.xlsx, .docx, .json written to {folder}")
                );
                return 0;
            })
        );
        return command;
    }

    private static async Task<DepartmentReport> Read(
        string storeName,
        TelecomGis.Core.Planning.ProvincePlan plan,
        ReportPeriod period,
        DateOnly today
    )
    {
        await using var store = await ReportStore.OpenAsync(storeName, mustExist: true);
        return await DepartmentReportReader.ReadAsync(store, plan, period, today);
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temp = path + ".partial";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}

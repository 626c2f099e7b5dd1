using System.CommandLine;
using System.Globalization;
using System.Text;
using CsvHelper;
using TelecomGis.Cli.Output;
using TelecomGis.Core.Appraisal.Conformity;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Reporting;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.RegisterExports;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// <c>register export --store FILE|CONNECTION [--as-of] --out FILE.csv|.xlsx|.geojson</c>: the register as one table, Vietnamese
/// headers; <c>register conformity --store FILE|CONNECTION --plan DIR [--out FILE.csv]</c>: every structure the plan binds held against
/// it, the non-conforming ones by rule and roadmap deadline (issue 11, 3 and 8). The store is the GeoPackage file or PostGIS.
/// </summary>
internal static class RegisterReadCommands
{
    public static Command Export()
    {
        var store = ReportStore.Option();
        var asOf = new Option<DateTimeOffset?>("--as-of")
        {
            Description = CliText.T("Thời điểm cần xem (mặc định: hiện tại).", "The instant to read the register as of (default: now)."),
        };
        var output = new Option<FileInfo>("--out")
        {
            Description = CliText.T("Tệp kết quả: .csv, .xlsx hoặc .geojson.", "The output file: .csv, .xlsx or .geojson."),
            Required = true,
        };
        var command = new Command(
            "export",
            CliText.T("Xuất sổ hạ tầng thành một bảng (tiêu đề tiếng Việt).", "Export the register as one table (Vietnamese headers).")
        )
        {
            store,
            asOf,
            output,
        };
        command.SetAction(parse =>
            CliError.Guard(() =>
            {
                var file = parse.GetValue(output)!;
                FileArgument.MustNotBeAFolder(file, "--out");
                var format = RegisterExport.FormatOf(file.Name)
                    ?? throw new CliError(
                        $"--out: chỉ ghi được tệp .csv, .xlsx hoặc .geojson, không phải '{file.Name}'.",
                        $"--out: only .csv, .xlsx or .geojson files can be written, not '{file.Name}'."
                    );
                var register = Load(parse.GetValue(store)!, s => s.LoadRegisterAsync(parse.GetValue(asOf)));
                var rows = RegisterExport.Rows(register, Core.Administration.VietnamTime.Offset);
                // Written aside and moved into place, so a failure never leaves half a file under the asked name.
                var partial = file.FullName + ".partial";
                using (var stream = File.Create(partial))
                {
                    if (format == "xlsx")
                        RegisterWorkbook.Write(stream, rows);
                    else
                        RegisterExport.Write(stream, format, rows);
                }
                File.Move(partial, file.FullName, overwrite: true);
                Console.Error.WriteLine(
                    CliText.T(
                        $"đã ghi {rows.Count:N0} công trình vào {file.FullName}",
                        $"{rows.Count:N0} structures written to {file.FullName}"
                    )
                );
                return 0;
            })
        );
        return command;
    }

    public static Command Conformity()
    {
        var store = ReportStore.Option();
        var plan = new Option<DirectoryInfo>("--plan")
        {
            Description = CliText.T("Gói quy hoạch để đối chiếu.", "The plan bundle to hold the register against."),
            Required = true,
        };
        var output = new Option<FileInfo?>("--out")
        {
            Description = CliText.T(
                "Danh sách công trình không phù hợp quy hoạch (.csv), mỗi dòng một công trình và một tiêu chí.",
                "The non-conforming structures (.csv), a line per structure and rule."
            ),
        };
        var command = new Command(
            "conformity",
            CliText.T(
                "Đối chiếu các công trình trong sổ hạ tầng với quy hoạch: danh sách không phù hợp theo tiêu chí và thời hạn khắc phục.",
                "Hold the register's structures against a plan: the non-conforming ones by rule and roadmap deadline."
            )
        )
        {
            store,
            plan,
            output,
        };
        command.SetAction(parse =>
            CliError.Guard(() =>
            {
                // Refused before any work: the list is a CSV, and a CSV named .xlsx would be a file Excel cannot open.
                if (parse.GetValue(output) is { } asked && !asked.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
                    throw new CliError(
                        $"--out: danh sách công trình không phù hợp được ghi thành tệp .csv, không phải '{asked.Name}'.",
                        $"--out: the non-conforming list is written as a .csv file, not '{asked.Name}'."
                    );
                var read = RegisterCommand.ReadBundle(parse.GetValue(plan)!);
                var register = Load(parse.GetValue(store)!, s => s.LoadRegisterAsync());
                var today = Core.Administration.VietnamTime.DayOf(DateTimeOffset.UtcNow);
                var held = RegisterConformity.CheckAll(new ConformityCheck(new PlanIndex(read, today)), register);
                var failing = held.Where(h => !h.Conformity.Conforms && h.Conformity.Failures.Count > 0).ToList();
                var (planVi, planEn) = PlanVersionWords.OfBundle(read);
                Console.WriteLine(
                    CliText.T(
                        $"{held.Count:N0} công trình đối chiếu với {planVi}: {failing.Count:N0} không phù hợp",
                        $"{held.Count:N0} structures held against {planEn}: {failing.Count:N0} non-conforming"
                    )
                );
                foreach (var group in NonconformingList.ByRuleAndDeadline(held.Select(h => h.Conformity)))
                {
                    var deadline = group.Deadline is { } d ? d.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : null;
                    // The rule by its name, its number (as the plan's rule table and the letters cite it) in brackets.
                    var rule = ConformityCheck.Rules.FirstOrDefault(r => r.Id == group.RuleId);
                    Console.WriteLine(
                        CliText.T(
                            $"  {rule?.TitleVi ?? group.RuleId} ({group.RuleId}): {group.Structures.Count:N0} công trình, "
                                + (deadline is null ? "quy hoạch không đặt thời hạn" : $"thời hạn khắc phục {deadline}"),
                            $"  {rule?.TitleEn ?? group.RuleId} ({group.RuleId}): {group.Structures.Count:N0} structures, "
                                + (deadline is null ? "no deadline in the plan" : $"deadline {group.Deadline!.Date:yyyy-MM-dd}")
                        )
                    );
                }
                if (parse.GetValue(output) is { } file)
                {
                    WriteCsv(file, failing);
                    Console.Error.WriteLine(CliText.T($"đã ghi {file.FullName}", $"written: {file.FullName}"));
                }
                return 0;
            })
        );
        return command;
    }

    private static void WriteCsv(FileInfo file, IReadOnlyList<HeldStructure> failing)
    {
        var partial = file.FullName + ".partial";
        using (var text = new StreamWriter(partial, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            // A table a person opens follows the chosen language, as the tool's other CSV tables do.
            foreach (
                var (vi, en) in new[]
                {
                    ("Mã công trình", "structure_id"),
                    ("Chủ sở hữu", "owner"),
                    ("Kinh độ", "lon"),
                    ("Vĩ độ", "lat"),
                    ("Tiêu chí", "rule"),
                    ("Nội dung", "reason"),
                    ("Thời hạn khắc phục", "deadline"),
                }
            )
                csv.WriteField(CliText.T(vi, en));
            csv.NextRecord();
            foreach (var h in failing)
            {
                foreach (var f in h.Conformity.Failures)
                {
                    var s = h.Registered.Structure;
                    csv.WriteField(SpreadsheetText.Guard(s.Id));
                    csv.WriteField(SpreadsheetText.Guard(s.Owner));
                    csv.WriteField(s.Location.X.ToString("0.000000", CultureInfo.InvariantCulture));
                    csv.WriteField(s.Location.Y.ToString("0.000000", CultureInfo.InvariantCulture));
                    csv.WriteField(f.RuleId);
                    csv.WriteField(SpreadsheetText.Guard(CliText.T(f.Rule.MessageVi, f.Rule.MessageEn)));
                    csv.WriteField(
                        f.Deadline is { } d ? d.Date.ToString(CliText.T("dd/MM/yyyy", "yyyy-MM-dd"), CultureInfo.InvariantCulture) : ""
                    );
                    csv.NextRecord();
                }
            }
        }
        File.Move(partial, file.FullName, overwrite: true);
    }

    private static T Load<T>(string storeArgument, Func<IAppraisalStore, Task<T>> read)
    {
        var store = ReportStore.Open(storeArgument);
        try
        {
            return read(store).GetAwaiter().GetResult();
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}

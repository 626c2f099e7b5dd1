using System.CommandLine;
using System.Globalization;
using System.Text;
using CsvHelper;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Register;
using TelecomGis.Core.Reporting;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Declarations;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// <c>register diff --store FILE|CONNECTION --carrier NAME --from FILE.xlsx|.csv [--plan DIR] [--out FILE.csv]</c>: a carrier's
/// declaration against the register as it stands, as the API's upload shows it (issue 11, 4) — new with or without an approval
/// within R09.share_tolerance, changed, missing — read through the same <see cref="DeclarationFile"/> and
/// <see cref="DeclarationDiff"/>. A diff only: nothing is written to the store. A file with any bad row is refused whole.
/// </summary>
internal static class RegisterDiffCommand
{
    public static Command Create()
    {
        var store = ReportStore.Option();
        var carrier = new Option<string>("--carrier")
        {
            Description = CliText.T("Doanh nghiệp gửi báo cáo.", "The declaring carrier."),
            Required = true,
        };
        var from = new Option<FileInfo>("--from")
        {
            Description = CliText.T(
                "Báo cáo hạ tầng của doanh nghiệp (.xlsx hoặc .csv theo mẫu).",
                "The carrier's declaration (.xlsx or .csv of the template)."
            ),
            Required = true,
        };
        var plan = new Option<DirectoryInfo?>("--plan")
        {
            Description = CliText.T(
                "Gói quy hoạch cho khoảng cách lớn nhất tới công trình dùng chung (quy định R09) và hệ tọa độ (mặc định: quy hoạch hiện hành trong kho).",
                "The plan bundle for R09.share_tolerance and the coordinate frame (default: the store's current plan)."
            ),
        };
        var output = new Option<FileInfo?>("--out")
        {
            Description = CliText.T(
                "Bảng đối chiếu (.csv, tiêu đề tiếng Việt), mỗi dòng một trạm.",
                "The difference as a table (.csv, Vietnamese headers), a line per structure."
            ),
        };
        var command = new Command(
            "diff",
            CliText.T(
                "Đối chiếu báo cáo hạ tầng của doanh nghiệp với sổ hạ tầng (trạm mới, thay đổi, không khai báo); không ghi vào kho.",
                "Compare a carrier's declaration with the register (new, changed, missing structures); nothing is written to the store."
            )
        )
        {
            store,
            carrier,
            from,
            plan,
            output,
        };
        command.SetAction(parse =>
            CliError.Guard(() =>
                Run(
                    parse.GetValue(store)!,
                    parse.GetValue(carrier)!.Trim(),
                    parse.GetValue(from)!,
                    parse.GetValue(plan),
                    parse.GetValue(output)
                )
            )
        );
        return command;
    }

    private static int Run(string storeArgument, string carrierArgument, FileInfo from, DirectoryInfo? planFolder, FileInfo? output)
    {
        var carrier = Carrier(carrierArgument);
        if (!from.Exists)
            throw FileArgument.Missing(from, "--from");
        if (output is not null && !output.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            throw new CliError(
                $"--out: bảng đối chiếu được ghi thành tệp .csv, không phải '{output.Name}'.",
                $"--out: the difference is written as a .csv file, not '{output.Name}'."
            );
        var store = ReportStore.OpenAsync(storeArgument, mustExist: true).GetAwaiter().GetResult();
        try
        {
            var plan = PlanOf(store, planFolder);
            IReadOnlyList<Core.Register.Declarations.DeclarationRow> rows;
            using (var stream = from.OpenRead())
                rows = DeclarationFile.Read(stream, from.Name, carrier, transformation: plan.Province.Transformation);
            var refusals = DeclarationFile.Refusals(rows);
            if (refusals.Count > 0)
            {
                var first = refusals.Take(3).ToList();
                var more = refusals.Count - first.Count;
                // One line, as every refusal of the tool; each reason a sentence naming its row once ("Dòng 2, cột Loại cột: …."),
                // not "dòng 2: Dòng 2, … .;".
                throw new CliError(
                    $"{from.Name}: {refusals.Count:N0} dòng không đọc được, chưa đối chiếu: "
                        + string.Join(" ", first.Select(r => Reason(r.Row, r.MessageVi, "Dòng")))
                        + (more > 0 ? $" Còn {more:N0} dòng khác không đọc được." : ""),
                    $"{from.Name}: {refusals.Count:N0} row(s) cannot be read, nothing compared: "
                        + string.Join(" ", first.Select(r => Reason(r.Row, r.MessageEn, "Row")))
                        + (more > 0 ? $" And {more:N0} more." : "")
                );
            }
            var declared = rows.Select(r => r.Structure!).ToList();
            var register = store.LoadRegisterAsync().GetAwaiter().GetResult();
            var changes = DeclarationDiff.Compare(
                carrier,
                declared,
                register,
                new MetricFrame(plan.Province.Epsg),
                plan.Rules.Value("R09", "share_tolerance")
            );
            Print(carrier, from.Name, declared.Count, changes);
            if (output is not null)
            {
                WriteCsv(output, changes);
                Console.Error.WriteLine(CliText.T($"đã ghi {output.FullName}", $"written: {output.FullName}"));
            }
            return 0;
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// The carrier by the name the register gives it (any case): a carrier that is none of the province's would be compared
    /// with no structure at all and every declared one would come out new, so it is refused before anything is read.
    /// </summary>
    private static string Carrier(string argument) =>
        SubmissionRowParser.KnownCarriers.FirstOrDefault(k => k.Equals(argument, StringComparison.OrdinalIgnoreCase))
        ?? throw new CliError(
            $"--carrier: không có doanh nghiệp \"{argument}\"; chọn một trong: {string.Join(", ", SubmissionRowParser.KnownCarriers)}.",
            $"--carrier: no carrier \"{argument}\"; choose one of: {string.Join(", ", SubmissionRowParser.KnownCarriers)}."
        );

    /// <summary>A row's reason as one sentence naming its row once: the reader's reasons mostly name it already.</summary>
    private static string Reason(int row, string reason, string rowWord)
    {
        var named = reason.StartsWith(rowWord + " ", StringComparison.OrdinalIgnoreCase) ? reason : $"{rowWord} {row}: {reason}";
        return named.EndsWith('.') ? named : named + ".";
    }

    private static ProvincePlan PlanOf(Storage.Stores.IAppraisalStore store, DirectoryInfo? folder)
    {
        if (folder is not null)
            return RegisterCommand.ReadBundle(folder);
        var version = store.CurrentPlanVersionAsync().GetAwaiter().GetResult()
            ?? throw new CliError(
                "kho dữ liệu chưa có quy hoạch hiện hành: ghi --plan THƯ_MỤC để lấy dung sai và hệ tọa độ.",
                "the store has no current plan: give --plan DIR for the tolerance and the coordinate frame."
            );
        return store.LoadPlanAsync(version).GetAwaiter().GetResult()
            ?? throw new CliError(
                "kho dữ liệu không đọc được quy hoạch đang áp dụng.",
                $"the store cannot load the current plan, version {version.Short}."
            );
    }

    private static void Print(string carrier, string fileName, int rows, IReadOnlyList<DeclarationChange> changes)
    {
        int Count(DeclarationChangeKind kind, bool? unpermitted = null) =>
            changes.Count(c => c.Kind == kind && (unpermitted is null || c.Unpermitted == unpermitted));
        var (approved, unpermitted, changed, missing, same) = (
            Count(DeclarationChangeKind.New, false),
            Count(DeclarationChangeKind.New, true),
            Count(DeclarationChangeKind.Changed),
            Count(DeclarationChangeKind.Missing),
            Count(DeclarationChangeKind.Unchanged)
        );
        Console.WriteLine(
            CliText.T(
                $"Báo cáo của {carrier} ({fileName}, {rows:N0} trạm) so với sổ hạ tầng: {approved:N0} trạm mới có văn bản chấp thuận, {unpermitted:N0} trạm mới không có văn bản chấp thuận, {changed:N0} trạm thay đổi, {missing:N0} vị trí không khai báo, {same:N0} trạm không đổi. Chỉ đối chiếu, chưa ghi gì vào kho.",
                $"{carrier}'s declaration ({fileName}, {rows:N0} structures) against the register: {approved:N0} new with an approval, {unpermitted:N0} new without one, {changed:N0} changed, {missing:N0} missing, {same:N0} unchanged. A diff only: nothing was written to the store."
            )
        );
        foreach (var c in changes.Where(c => c.Kind != DeclarationChangeKind.Unchanged))
            Console.WriteLine("  " + CliText.T(c.Vi, c.En));
    }

    private static string Kind(DeclarationChange c) =>
        c.Kind switch
        {
            DeclarationChangeKind.New when c.Unpermitted => CliText.T("mới, không có văn bản chấp thuận", "new, without an approval"),
            DeclarationChangeKind.New => CliText.T("mới, có văn bản chấp thuận", "new, with an approval"),
            DeclarationChangeKind.Changed => CliText.T("thay đổi", "changed"),
            DeclarationChangeKind.Missing => CliText.T("không khai báo", "missing"),
            _ => CliText.T("không đổi", "unchanged"),
        };

    /// <summary>
    /// A line per declared row and per missing structure, in the chosen language as the tool's other tables (Vietnamese headers
    /// unless --lang en); written aside, then moved into place.
    /// </summary>
    private static void WriteCsv(FileInfo file, IReadOnlyList<DeclarationChange> changes)
    {
        var partial = file.FullName + ".partial";
        using (var text = new StreamWriter(partial, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (
                var (vi, en) in new[]
                {
                    ("Kết quả đối chiếu", "result"),
                    ("Dòng", "row"),
                    ("Mã trạm", "site_code"),
                    ("Mã vị trí", "structure_id"),
                    ("Kinh độ", "lon"),
                    ("Vĩ độ", "lat"),
                    ("Khoảng cách (m)", "distance_m"),
                    ("Văn bản chấp thuận", "approval"),
                    ("Nội dung", "details"),
                }
            )
                csv.WriteField(CliText.T(vi, en));
            csv.NextRecord();
            foreach (var c in changes)
            {
                var at = c.Declared?.Location ?? c.Registered!.Structure.Location;
                csv.WriteField(Kind(c));
                csv.WriteField(c.Declared?.Row.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(SpreadsheetText.Guard(c.Declared?.Code ?? c.Registered!.Structure.Code));
                csv.WriteField(SpreadsheetText.Guard(c.Registered?.Structure.Id));
                csv.WriteField(at.X.ToString("0.000000", CultureInfo.InvariantCulture));
                csv.WriteField(at.Y.ToString("0.000000", CultureInfo.InvariantCulture));
                csv.WriteField(c.MovedM is { } m ? m.ToString("0.0", CliText.Culture) : "");
                csv.WriteField(SpreadsheetText.Guard(c.Registered?.Approval?.LetterNumber));
                csv.WriteField(SpreadsheetText.Guard(CliText.T(c.Vi, c.En)));
                csv.NextRecord();
            }
        }
        File.Move(partial, file.FullName, overwrite: true);
    }
}

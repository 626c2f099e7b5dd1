using System.CommandLine;
using System.Diagnostics;
using TelecomGis.Cli;
using TelecomGis.Cli.Output;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Spatial;
using TelecomGis.Reports.Spreadsheets;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Submissions;
using TelecomGis.Storage.Terrain;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// <c>appraise --plan DIR --in sites.csv|.xlsx|.geojson [--out results.csv|.xlsx|.geojson|.json] [--dem DIR]</c>: appraises every row, rejects unreadable
/// rows with a reason, prints the verdict counts. The batch is read as the API's upload reads it (<see cref="SubmissionFile"/>), without its
/// row limit. Exit 0 when every row was appraised or rejected; 1 only when the run itself could not proceed.
/// </summary>
internal static class AppraiseCommand
{
    public static Command Create()
    {
        var plan = new Option<DirectoryInfo>("--plan")
        {
            Description = CliText.T("Thư mục gói quy hoạch, ví dụ data/quang-ninh.", "The plan bundle folder, e.g. data/quang-ninh."),
            Required = true,
        };
        var input = new Option<FileInfo>("--in")
        {
            Description = CliText.T(
                "Danh sách trạm đề xuất: CSV, Excel .xlsx hoặc các điểm GeoJSON; tiêu đề cột tiếng Việt hoặc tiếng Anh (xem tệp mẫu và data/README.md).",
                "Proposed sites: CSV, Excel .xlsx or GeoJSON points, Vietnamese or English column headers (see the template and data/README.md)."
            ),
            Required = true,
        };
        var output = new Option<FileInfo?>("--out")
        {
            Description = CliText.T(
                "Tệp kết quả: .csv hoặc Excel .xlsx (mỗi trạm một dòng), .geojson (các điểm cho phần mềm GIS), .json (số liệu của từng quy định). Mặc định: CSV ra đầu ra chuẩn.",
                "Results file: .csv or Excel .xlsx (one line per site), .geojson (points for a GIS), .json (every rule's figures). Default: CSV on stdout."
            ),
        };
        var where = new Option<bool>("--where")
        {
            Description = CliText.T(
                "Với mỗi trạm không phù hợp, tìm điểm gần nhất trong bán kính 1 km mà tại đó trạm phù hợp.",
                "For each non-conforming site, search the nearest point within 1 km where it would conform."
            ),
        };
        var date = new Option<DateOnly?>("--date")
        {
            Description = CliText.T(
                "Thẩm định theo địa giới xã, phường có hiệu lực vào ngày này (mặc định: hôm nay).",
                "Appraise against the communes valid on this date (default: today)."
            ),
        };
        var dem = new Option<DirectoryInfo?>("--dem")
        {
            Description = CliText.T(
                "Thư mục dữ liệu độ cao (ô SRTM *.hgt, GeoTIFF WGS 84): cao độ nền cho các trạm không ghi cao độ (quy định hàng không R10).",
                "A folder of elevation data (SRTM *.hgt tiles, WGS 84 GeoTIFFs): ground elevation for sites whose row gives none (aviation rule R10)."
            ),
        };
        var command = new Command(
            "appraise",
            CliText.T("Thẩm định các trạm đề xuất theo quy hoạch.", "Appraise proposed sites against a plan.")
        )
        {
            plan,
            input,
            output,
            where,
            date,
            dem,
        };
        command.SetAction(parse =>
            CliError.Guard(() =>
                Run(
                    parse.GetValue(plan)!,
                    parse.GetValue(input)!,
                    parse.GetValue(output),
                    parse.GetValue(where),
                    parse.GetValue(date),
                    parse.GetValue(dem)
                )
            )
        );
        return command;
    }

    private static int Run(
        DirectoryInfo planDir,
        FileInfo input,
        FileInfo? output,
        bool withAlternatives,
        DateOnly? date,
        DirectoryInfo? demDir
    )
    {
        if (!planDir.Exists)
            throw new CliError($"--plan: không có thư mục '{planDir.FullName}'.", $"--plan: folder '{planDir.FullName}' does not exist.");
        if (demDir is { Exists: false })
            throw new CliError($"--dem: không có thư mục '{demDir.FullName}'.", $"--dem: folder '{demDir.FullName}' does not exist.");
        if (!input.Exists)
            throw FileArgument.Missing(input, "--in");
        if (output is not null)
            FileArgument.MustNotBeAFolder(output, "--out");
        var format = output?.Extension.ToLowerInvariant() switch
        {
            null or ".csv" => ".csv",
            ".xlsx" => ".xlsx",
            ".geojson" => ".geojson",
            ".json" => ".json",
            var other => throw new CliError(
                $"--out: không nhận ra định dạng '{other}' (dùng .csv, .xlsx, .geojson hoặc .json).",
                $"--out: unknown format '{other}' (use .csv, .xlsx, .geojson or .json)."
            ),
        };

        var clock = Stopwatch.StartNew();
        // The plan loads and its index is built on another thread while this one reads the input: on two cores the two overlap.
        // Errors keep their order: a bad plan is reported before a bad --dem or input file, as when they ran one after the other.
        var day = date ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var bundleTask = Task.Run(() => PlanBundleReader.Read(planDir.FullName, ValidatedPlans.ForThisUser()));
        var planReady = TimeSpan.Zero;
        var indexTask = bundleTask.ContinueWith(
            t =>
            {
                var index = new PlanIndex(t.Result, day);
                planReady = clock.Elapsed;
                return index;
            },
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion,
            TaskScheduler.Default
        );
        T PlanFirst<T>(Func<T> step)
        {
            try
            {
                return step();
            }
            catch when (WaitQuietly(bundleTask) is { } planError)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(planError);
                throw;
            }
        }

        DemFolder? terrain = PlanFirst(() =>
        {
            DemFolder? folder;
            try
            {
                folder = demDir is null ? null : new DemFolder(demDir.FullName);
            }
            catch (InvalidDataException e)
            {
                throw new CliError($"--dem: {e.Message}");
            }
            if (folder is { Counts: (0, 0) })
                throw new CliError(
                    $"--dem: thư mục '{demDir!.FullName}' không có ô *.hgt hay tệp GeoTIFF nào.",
                    $"--dem: folder '{demDir!.FullName}' holds no *.hgt tile or GeoTIFF."
                );
            return folder;
        });

        var rows = PlanFirst(() =>
        {
            using var stream = input.OpenRead();
            // A name that says neither .xlsx nor .geojson/.json is read as delimited text, as the CLI always has (the delimiter is detected).
            // VN-2000 X/Y rows are read through the plan's transformation (EPSG:6960 unless plan.json chose EPSG:5194), asked for once
            // the lines are split. It is read from plan.json alone, so the rows are checked while the layers still load; if plan.json
            // does not read, the rows read here are dropped and the plan's error is reported below.
            return SubmissionFile.Read(stream, SubmissionFile.FormatOf(input.Name) ?? SubmissionFileFormat.Csv, input.Name, () =>
            {
                try
                {
                    return PlanBundleReader.Transformation(planDir.FullName);
                }
                catch (PlanBundleException)
                {
                    return WaitQuietly(bundleTask) is null ? bundleTask.Result.Province.Transformation : default;
                }
            });
        });
        var read = clock.Elapsed;
        var bundle = bundleTask.GetAwaiter().GetResult();
        var engine = new AppraisalEngine(indexTask.GetAwaiter().GetResult(), terrain: terrain);
        var parsed = clock.Elapsed;
        var (planVi, planEn) = Core.Planning.PlanVersionWords.OfBundle(bundle);

        var rejections = new List<RowRejection>();
        var summary = WriteAtomically(
            output,
            format,
            writer =>
                ConsoleProgress.Run(
                    CliText.T($"Đang thẩm định {rows.Count:N0} trạm", $"Appraising {rows.Count:N0} sites"),
                    rows.Count,
                    progress =>
                        BatchAppraisal.Run(
                            engine,
                            rows,
                            wave =>
                            {
                                writer.Write(wave);
                                rejections.AddRange(
                                    wave.Where(o => o.Row.Rejection is not null).Take(10 - rejections.Count).Select(o => o.Row.Rejection!)
                                );
                            },
                            withAlternatives,
                            progress
                        )
                ),
            withAlternatives,
            CliText.English ? null : planVi,
            new AppraisalRunFacts(CliText.T(planVi, planEn), day, input.Name)
        );
        var appraised = clock.Elapsed;

        var err = Console.Error;
        err.WriteLine(CliText.T($"theo {planVi}", $"plan {planEn}"));
        if (terrain is not null)
        {
            err.WriteLine(
                CliText.T(
                    $"địa hình: {terrain.Counts.HgtTiles} ô SRTM, {terrain.Counts.GeoTiffs} tệp GeoTIFF trong {terrain.Directory}",
                    $"terrain: {terrain.Counts.HgtTiles} SRTM tile(s), {terrain.Counts.GeoTiffs} GeoTIFF(s) in {terrain.Directory}"
                )
            );
        }
        err.WriteLine(
            CliText.T(
                $"{summary.Total:N0} dòng: {summary.Conforms:N0} phù hợp, {summary.DoesNotConform:N0} không phù hợp, "
                    + $"{summary.NeedsConsultation:N0} cần xin ý kiến, {summary.Rejected:N0} bị loại",
                $"{summary.Total:N0} rows: {summary.Conforms:N0} conforms, {summary.DoesNotConform:N0} does not conform, "
                    + $"{summary.NeedsConsultation:N0} needs consultation, {summary.Rejected:N0} rejected"
            )
        );
        var rate = summary.Total / Math.Max(1e-9, (appraised - parsed).TotalSeconds);
        err.WriteLine(
            CliText.T(
                $"thời gian: nạp quy hoạch {planReady.TotalMilliseconds:N0} ms và đọc tệp {read.TotalMilliseconds:N0} ms (cùng lúc), "
                    + $"thẩm định và ghi {(appraised - parsed).TotalMilliseconds:N0} ms ({rate:N0} trạm/giây), tổng {appraised.TotalMilliseconds:N0} ms",
                $"time: plan {planReady.TotalMilliseconds:N0} ms and read {read.TotalMilliseconds:N0} ms (side by side), "
                    + $"appraise and write {(appraised - parsed).TotalMilliseconds:N0} ms ({rate:N0} sites/s), total {appraised.TotalMilliseconds:N0} ms"
            )
        );
        foreach (var rejection in rejections)
        {
            // The reader's message names the row and the column: "Dòng 7, cột Kinh độ: …".
            err.WriteLine(CliText.T($"bị loại: {rejection.MessageVi}", $"rejected: {rejection.MessageEn}"));
        }
        return 0;
    }

    /// <summary>The task's exception once it has finished (null when it succeeded): waits for it, never throws.</summary>
    private static Exception? WaitQuietly(Task task)
    {
        ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
        return task.Exception?.InnerException;
    }

    /// <summary>
    /// Writes to a temporary file beside the target and renames it, so a failed run never leaves a half-written result. A CSV or a
    /// workbook is in Vietnamese when <paramref name="planVi"/> names the plan, in English when it is null; JSON and GeoJSON are the same in both.
    /// </summary>
    private static BatchSummary WriteAtomically(
        FileInfo? output,
        string format,
        Func<IResultWriter, BatchSummary> write,
        bool withAlternatives,
        string? planVi,
        AppraisalRunFacts facts
    )
    {
        if (output is null)
        {
            using var console = new AppraisalCsvWriter(Console.Out, withAlternatives, planVi);
            var s = write(console);
            console.Finish(s);
            return s;
        }
        var temp = output.FullName + ".partial";
        BatchSummary summary;
        using (var stream = File.Create(temp))
        {
            // A BOM lets Excel open the CSV's Vietnamese text as UTF-8; JSON goes without one (RFC 8259).
            var text =
                format == ".csv" ? new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) : null;
            using IResultWriter writer = format switch
            {
                ".csv" => new AppraisalCsvWriter(text!, withAlternatives, planVi),
                ".xlsx" => new AppraisalXlsxWriter(stream, withAlternatives, vietnamese: planVi is not null, facts),
                ".geojson" => new AppraisalGeoJsonWriter(stream, withAlternatives),
                _ => new AppraisalJsonWriter(stream),
            };
            summary = write(writer);
            writer.Finish(summary);
            text?.Flush();
        }
        File.Move(temp, output.FullName, overwrite: true);
        return summary;
    }
}

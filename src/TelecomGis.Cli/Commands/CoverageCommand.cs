using System.CommandLine;
using System.Diagnostics;
using TelecomGis.Cli;
using TelecomGis.Cli.Output;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Coverage;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// <c>coverage --plan DIR --out DIR [--resolution 100] [--model itm --dem DIR]</c>: the best-server grid of every sector in the plan,
/// written as coverage.tif (level per layer), best-server.tif, servers.csv, communes.csv and gaps.geojson (with the ITM, also
/// itm-report.json). Ctrl+C cancels cleanly.
/// </summary>
internal static class CoverageCommand
{
    public static Command Create(Func<double, PropagationEnvironment, IPathLossModel> modelFor)
    {
        var plan = new Option<DirectoryInfo>("--plan")
        {
            Description = CliText.T("Thư mục gói quy hoạch, ví dụ data/quang-ninh.", "The plan bundle folder, e.g. data/quang-ninh."),
            Required = true,
        };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = CliText.T("Thư mục ghi kết quả (tạo mới khi chưa có).", "Folder for the outputs (created when missing)."),
            Required = true,
        };
        var perCarrierGaps = new Option<bool>("--gaps-per-carrier")
        {
            Description = CliText.T(
                "Vẽ thêm vùng lõm sóng riêng của từng nhà mạng (mặc định: mọi nhà mạng gộp lại).",
                "Also outline each carrier's own gaps (default: all carriers together)."
            ),
        };
        var radio = new CoverageOptions();
        var propagation = new CoverageModelOptions();
        var command = new Command(
            "coverage",
            CliText.T(
                "Tính vùng phủ sóng di động (trạm phục vụ tốt nhất cho từng ô), vùng lõm sóng và tỷ lệ phủ sóng theo xã, phường.",
                "Compute mobile coverage (best server per cell), gaps and per-commune shares."
            )
        )
        {
            plan,
            output,
            perCarrierGaps,
        };
        foreach (var o in radio.All.Concat(propagation.All))
            command.Options.Add(o);
        command.SetAction(
            (parse, ct) =>
                Task.FromResult(
                    CliError.Guard(() =>
                        Run(
                            parse.GetValue(plan)!,
                            parse.GetValue(output)!,
                            radio.Read(parse),
                            parse.GetValue(perCarrierGaps),
                            modelFor,
                            propagation.Read(parse),
                            ct
                        )
                    )
                )
        );
        return command;
    }

    private static int Run(
        DirectoryInfo planDir,
        DirectoryInfo outDir,
        CoverageParameters parameters,
        bool perCarrierGaps,
        Func<double, PropagationEnvironment, IPathLossModel> modelFor,
        CoverageModel model,
        CancellationToken ct
    )
    {
        if (!planDir.Exists)
            throw new CliError($"--plan: không có thư mục '{planDir.FullName}'.", $"--plan: folder '{planDir.FullName}' does not exist.");
        var clock = Stopwatch.StartNew();
        var bundle = PlanBundleReader.Read(planDir.FullName, ValidatedPlans.ForThisUser());
        var inputs = CoverageInputs.FromPlan(bundle, parameters, modelFor);
        if (inputs.Servers.Count == 0)
            throw new CliError(
                $"quy hoạch '{planDir.FullName}' không có ăng-ten nào: không có gì để tính.",
                $"the plan '{planDir.FullName}' has no sectors: nothing to compute."
            );
        var prepared = clock.Elapsed;
        var grid = inputs.Grid;
        Console.Error.WriteLine(
            CliText.T(
                $"lưới {grid.Columns:N0} × {grid.Rows:N0} ô cạnh {grid.ResolutionM:0.##} m trong EPSG:{grid.Epsg}, "
                    + $"{inputs.InProvince.Count(x => x):N0} ô trong tỉnh; {inputs.Servers.Count:N0} ăng-ten trên {bundle.Sites.Count:N0} trạm",
                $"grid {grid.Columns:N0} × {grid.Rows:N0} cells of {grid.ResolutionM:0.##} m in EPSG:{grid.Epsg}, "
                    + $"{inputs.InProvince.Count(x => x):N0} in the province; {inputs.Servers.Count:N0} sectors on {bundle.Sites.Count:N0} sites"
            )
        );

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var result = model.Compute(inputs, parameters, ct);
        var computed = clock.Elapsed;
        // On a shared machine the wall clock says little: the processor time of the phase shows the work itself.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var folder = AtomicFile.Folder(outDir, "--out");
        var table = CommuneCoverage.Table(result);
        CoverageOutputs.Write(folder, result, table, new MetricFrame(grid.Epsg), perCarrierGaps, ct);
        model.WriteReport(folder);
        var written = clock.Elapsed;

        CoverageOutputs.PrintSummary(result, table);
        Console.Error.WriteLine(
            CliText.T(
                $"thời gian: quy hoạch và lưới {prepared.TotalMilliseconds:N0} ms, vùng phủ {(computed - prepared).TotalMilliseconds:N0} ms (bộ xử lý {cpu.TotalMilliseconds:N0} ms) "
                    + $"({result.Evaluations:N0} lượt tính ô–ăng-ten, mỗi lượt {cpu.TotalNanoseconds / Math.Max(1, result.Evaluations):N0} ns bộ xử lý), "
                    + $"ghi kết quả {(written - computed).TotalMilliseconds:N0} ms",
                $"time: plan and grid {prepared.TotalMilliseconds:N0} ms, coverage {(computed - prepared).TotalMilliseconds:N0} ms (processor {cpu.TotalMilliseconds:N0} ms) "
                    + $"({result.Evaluations:N0} cell-sector evaluations, {cpu.TotalNanoseconds / Math.Max(1, result.Evaluations):N0} ns of processor each), "
                    + $"outputs {(written - computed).TotalMilliseconds:N0} ms"
            )
        );
        return 0;
    }

    /// <summary>Runs the grid with a progress bar; Ctrl+C cancels between rows.</summary>
    internal static CoverageResult Compute(CoverageInputs inputs, CoverageParameters parameters, CancellationToken ct, string? label = null)
    {
        try
        {
            return ConsoleProgress.Run(
                CliText.T($"{label ?? "Vùng phủ sóng"}, số hàng ô lưới đã tính", $"{label ?? "Coverage"}, grid rows done"),
                inputs.Grid.Rows,
                progress => CoverageComputation.Run(inputs, parameters, progress, cancellationToken: ct)
            );
        }
        catch (OperationCanceledException)
        {
            throw new CliError("đã hủy; không ghi kết quả nào.", "cancelled; no output was written.");
        }
    }
}

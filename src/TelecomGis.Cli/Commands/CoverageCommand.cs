using System.CommandLine;
using System.Diagnostics;
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
        var plan = new Option<DirectoryInfo>("--plan") { Description = "The plan bundle folder, e.g. data/quang-ninh.", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for the outputs (created when missing).", Required = true };
        var perCarrierGaps = new Option<bool>("--gaps-per-carrier")
        {
            Description = "Also outline each carrier's own gaps (default: all carriers together).",
        };
        var radio = new CoverageOptions();
        var propagation = new CoverageModelOptions();
        var command = new Command("coverage", "Compute mobile coverage (best server per cell), gaps and per-commune shares.")
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
            throw new CliError($"--plan: folder '{planDir.FullName}' does not exist.");
        var clock = Stopwatch.StartNew();
        var bundle = PlanBundleReader.Read(planDir.FullName);
        var inputs = CoverageInputs.FromPlan(bundle, parameters, modelFor);
        if (inputs.Servers.Count == 0)
            throw new CliError($"the plan '{planDir.FullName}' has no sectors: nothing to compute.");
        var prepared = clock.Elapsed;
        var grid = inputs.Grid;
        Console.Error.WriteLine(
            $"grid {grid.Columns:N0} × {grid.Rows:N0} cells of {grid.ResolutionM:0.##} m in EPSG:{grid.Epsg}, "
                + $"{inputs.InProvince.Count(x => x):N0} in the province; {inputs.Servers.Count:N0} sectors on {bundle.Sites.Count:N0} sites"
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
            $"time: plan and grid {prepared.TotalMilliseconds:N0} ms, coverage {(computed - prepared).TotalMilliseconds:N0} ms (processor {cpu.TotalMilliseconds:N0} ms) "
                + $"({result.Evaluations:N0} cell-sector evaluations, {cpu.TotalNanoseconds / Math.Max(1, result.Evaluations):N0} ns of processor each), "
                + $"outputs {(written - computed).TotalMilliseconds:N0} ms"
        );
        return 0;
    }

    /// <summary>Runs the grid with a progress bar; Ctrl+C cancels between rows.</summary>
    internal static CoverageResult Compute(
        CoverageInputs inputs,
        CoverageParameters parameters,
        CancellationToken ct,
        string label = "Coverage"
    )
    {
        try
        {
            return ConsoleProgress.Run($"{label}: {inputs.Grid.Rows:N0} rows", inputs.Grid.Rows, progress =>
                CoverageComputation.Run(inputs, parameters, progress, cancellationToken: ct)
            );
        }
        catch (OperationCanceledException)
        {
            throw new CliError("cancelled; no output was written.");
        }
    }
}

using TelecomGis.Cli;
using TelecomGis.Cli.Output;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.WithTerrain;
using TelecomGis.Storage.Coverage;
using TelecomGis.Storage.Terrain;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// How a command computes coverage: the empirical grid exactly as before, or the ITM over a DEM, which prints what it did and
/// where it fell back (in Vietnamese and English) and writes itm-report.json beside the other outputs.
/// </summary>
internal sealed class CoverageModel
{
    private readonly DemFolder? _terrain;
    private TerrainCoverageReport? _firstReport;

    private CoverageModel(DemFolder? terrain) => _terrain = terrain;

    public static CoverageModel Empirical { get; } = new(null);

    public static CoverageModel Itm(DemFolder terrain) => new(terrain);

    /// <summary>Runs the grid with a progress bar; Ctrl+C cancels.</summary>
    public CoverageResult Compute(CoverageInputs inputs, CoverageParameters parameters, CancellationToken ct, string? label = null)
    {
        if (_terrain is null)
            return CoverageCommand.Compute(inputs, parameters, ct, label);
        var sites = TerrainCoverageComputation.SiteCount(inputs);
        TerrainCoverageResult result;
        try
        {
            result = ConsoleProgress.Run(
                CliText.T(
                    $"{label ?? "Vùng phủ sóng"} (mô hình ITM theo địa hình), số trạm đã tính",
                    $"{label ?? "Coverage"} (ITM over terrain), sites done"
                ),
                sites,
                progress =>
                    TerrainCoverageComputation.Run(
                        inputs,
                        parameters,
                        _terrain,
                        ItmCoverageSettings.Vietnam,
                        progress,
                        cancellationToken: ct
                    )
            );
        }
        catch (OperationCanceledException)
        {
            throw new CliError("đã hủy; không ghi kết quả nào.", "cancelled; no output was written.");
        }

        _firstReport ??= result.Report;
        var err = Console.Error;
        foreach (var (vietnamese, english) in result.Report.Messages())
            err.WriteLine(CliText.T(vietnamese, english));
        return result.Coverage;
    }

    /// <summary>With the ITM: itm-report.json (settings, citations, fallbacks) of the first run, in <paramref name="folder"/>.</summary>
    public void WriteReport(string folder)
    {
        if (_firstReport is null || _terrain is null)
            return;
        AtomicFile.Write(Path.Combine(folder, "itm-report.json"), s =>
            TerrainCoverageReportJson.Write(s, _firstReport, _terrain.Directory)
        );
        Console.Error.WriteLine(CliText.T($"đã ghi itm-report.json vào {folder}", $"wrote itm-report.json to {folder}"));
    }
}

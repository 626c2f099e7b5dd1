using TelecomGis.Cli;
using TelecomGis.Cli.Output;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Coverage;

namespace TelecomGis.Cli.Commands;

/// <summary>The files of a coverage run, each written atomically, and the summary the command prints.</summary>
internal static class CoverageOutputs
{
    /// <remarks>
    /// The files are independent: the two rasters (mostly copying to the page cache) are written while the gaps (processor-bound)
    /// are traced, so the phase takes about as long as its longest part on two cores.
    /// </remarks>
    public static void Write(
        string folder,
        CoverageResult result,
        IReadOnlyList<CommuneCoverage> table,
        MetricFrame frame,
        bool perCarrierGaps,
        CancellationToken ct
    )
    {
        var gaps = Task.Run(
            () =>
            {
                // Layers are independent: their gaps are traced in parallel, then listed in layer order.
                var layers = result.Layers.Where(l => l.Carrier is null || perCarrierGaps).ToList();
                var perLayer = new IReadOnlyList<CoverageGap>[layers.Count];
                Parallel.For(0, layers.Count, new ParallelOptions { CancellationToken = ct }, i =>
                    perLayer[i] = CoverageGaps.Find(result, layers[i], frame.Factory, ct)
                );
                var all = perLayer.SelectMany(g => g).ToList();
                AtomicFile.Write(Path.Combine(folder, "gaps.geojson"), s => CoverageGapsGeoJson.Write(s, all, frame));
                return all.Count;
            },
            ct
        );
        var levels = Task.Run(() => AtomicFile.Write(Path.Combine(folder, "coverage.tif"), s => CoverageRaster.WriteLevels(s, result)), ct);
        var rest = Task.Run(
            () =>
            {
                AtomicFile.Write(Path.Combine(folder, "best-server.tif"), s => CoverageRaster.WriteServers(s, result));
                AtomicFile.WriteText(Path.Combine(folder, "servers.csv"), w =>
                    CoverageServersCsv.Write(w, result, vietnamese: !CliText.English)
                );
                AtomicFile.WriteText(Path.Combine(folder, "communes.csv"), w =>
                    CommuneCoverageCsv.Write(w, table, vietnamese: !CliText.English)
                );
                var workbook = new AnalysisTables(folder, "communes.xlsx");
                workbook.AddSheet(
                    ("Vùng phủ sóng theo xã", "Coverage by commune"),
                    CommuneCoverageCsv.Header,
                    table.Select(r => (IReadOnlyList<object?>)CommuneCoverageCsv.Cells(r, vietnamese: !CliText.English))
                );
                workbook.WriteWorkbook();
            },
            ct
        );
        // Every part finishes before the command goes on; the first failure (an IOException, a cancellation) is rethrown as
        // itself, not wrapped in an AggregateException, so the command reports it as before.
        Task.WhenAll(levels, gaps, rest).GetAwaiter().GetResult();
        Console.Error.WriteLine(
            CliText.T(
                $"đã ghi coverage.tif, best-server.tif, servers.csv, communes.csv, communes.xlsx, gaps.geojson ({gaps.Result:N0} vùng lõm sóng) vào {folder}",
                $"wrote coverage.tif, best-server.tif, servers.csv, communes.csv, communes.xlsx, gaps.geojson ({gaps.Result:N0} gaps) to {folder}"
            )
        );
    }

    /// <summary>Per technology over all carriers: the province's covered population and area, and the validity notes' counts.</summary>
    public static void PrintSummary(CoverageResult result, IReadOnlyList<CommuneCoverage> table)
    {
        foreach (var layer in result.AllCarrierLayers)
        {
            var rows = table.Where(r => r.Carrier is null && r.Technology == layer.Technology).ToList();
            var population = rows.Sum(r => (double)r.Commune.Population);
            var covered = rows.Sum(r => r.PopulationCovered);
            var cells = rows.Sum(r => r.Cells);
            var coveredCells = rows.Sum(r => r.CoveredCells);
            Console.Error.WriteLine(
                $"{layer.Technology.Label()} (≥ {result.ThresholdDbm(layer.Technology):0.#} dBm): "
                    + CliText.T(
                        $"{covered / Math.Max(1, population):P1} dân số, {(double)coveredCells / Math.Max(1, cells):P1} diện tích",
                        $"{covered / Math.Max(1, population):P1} of the population, {(double)coveredCells / Math.Max(1, cells):P1} of the area"
                    )
            );
        }
        var outside = result.Validity.Sum(v => v.OutsideValidity);
        if (outside > 0)
        {
            var notes = result
                .Validity.Where(v => v.Note is not null)
                .GroupBy(v => v.Note!)
                .Select(g =>
                    CliText.T(
                        $"{Core.Coverage.Propagation.ValidityNoteWords.Vietnamese(g.Key)} ({g.Count():N0} ăng-ten)",
                        $"{g.Key} ({g.Count():N0} sectors)"
                    )
                );
            Console.Error.WriteLine(
                CliText.T(
                    $"{outside:N0} trên {result.Evaluations:N0} lượt tính nằm ngoài phạm vi áp dụng của mô hình: {string.Join("; ", notes)} (chi tiết từng ăng-ten trong servers.csv)",
                    $"{outside:N0} of {result.Evaluations:N0} evaluations lay outside their model's validity: {string.Join("; ", notes)} (per sector in servers.csv)"
                )
            );
        }
    }
}

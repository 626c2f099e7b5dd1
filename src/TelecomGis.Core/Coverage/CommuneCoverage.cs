using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Coverage;

/// <summary>
/// One commune's coverage for one technology and carrier (null: all carriers together). The commune's population is spread
/// evenly over its cells (COVERAGE.md, while no population layer is loaded), so within one commune the population share equals
/// the area share; they differ once communes are added up.
/// </summary>
/// <param name="Cells">Grid cells whose centre lies in the commune.</param>
/// <param name="CoveredCells">Of those, the cells whose best server reaches the technology's threshold.</param>
/// <param name="CoveredAreaKm2">The area share times the commune's published area (the polygons are generalised).</param>
public sealed record CommuneCoverage(
    Commune Commune,
    Technology Technology,
    string? Carrier,
    int Cells,
    int CoveredCells,
    double CoveredAreaKm2,
    double PopulationCovered
)
{
    public double AreaShare => Cells == 0 ? 0 : (double)CoveredCells / Cells;

    public double PopulationShare => Commune.Population == 0 ? 0 : PopulationCovered / Commune.Population;

    /// <summary>
    /// The table for every commune and layer of <paramref name="result"/>, communes in the inputs' order, layers as the result
    /// lists them. A commune too small to hold a cell centre at this resolution gets Cells = 0 and shares of 0.
    /// </summary>
    public static IReadOnlyList<CommuneCoverage> Table(CoverageResult result)
    {
        var inputs = result.Inputs;
        var communes = inputs.Communes;
        var cells = new int[communes.Count];
        foreach (var c in inputs.CommuneOfCell)
        {
            if (c >= 0)
                cells[c]++;
        }
        var rows = new List<CommuneCoverage>(communes.Count * result.Layers.Count);
        var covered = new int[communes.Count];
        foreach (var layer in result.Layers)
        {
            Array.Clear(covered);
            var threshold = result.ThresholdDbm(layer.Technology);
            var levels = layer.LevelDbm;
            var communeOfCell = inputs.CommuneOfCell;
            for (var i = 0; i < levels.Length; i++)
            {
                var c = communeOfCell[i];
                if (c >= 0 && levels[i] >= threshold)
                    covered[c]++;
            }
            for (var c = 0; c < communes.Count; c++)
            {
                var share = cells[c] == 0 ? 0 : (double)covered[c] / cells[c];
                rows.Add(
                    new CommuneCoverage(
                        communes[c],
                        layer.Technology,
                        layer.Carrier,
                        cells[c],
                        covered[c],
                        share * communes[c].AreaKm2,
                        share * communes[c].Population
                    )
                );
            }
        }
        return rows;
    }
}

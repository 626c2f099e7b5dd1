using TelecomGis.Core.Coverage.Propagation;

namespace TelecomGis.Core.Coverage.WithTerrain;

/// <summary>
/// How a sector of a terrain run names its model in reports (servers.csv): the ITM over terrain, and the empirical model its cells
/// fall back to where the terrain has no data. <see cref="Compute"/> answers the fallback's distance-only loss, which is the only
/// question a distance-based caller can ask; the terrain loss comes from <see cref="TerrainCoverageComputation"/>.
/// </summary>
public sealed class ItmOverTerrainModel(IPathLossModel fallback) : IPathLossModel
{
    public IPathLossModel Fallback { get; } = fallback;

    /// <inheritdoc />
    public string Name => $"ITM 1.2.2 over terrain (else {Fallback.Name})";

    /// <inheritdoc />
    public PathLoss Compute(in PathLossRequest request) => Fallback.Compute(request);
}

using TelecomGis.Core.Coverage.Propagation.Itm;

namespace TelecomGis.Core.Coverage.WithTerrain;

/// <summary>
/// The ITM's loss around one site for one frequency and antenna height, at every range node of every radial (point-to-point mode
/// on the node's profile, <see cref="SiteTerrain.ProfileTo"/>), stored as the excess over free space so that a cell between
/// nodes can take the free-space part at its own distance and interpolate only what the terrain adds
/// (<see cref="TerrainCoverageComputation"/>). A node without a loss holds NaN and the reason.
/// </summary>
internal sealed class SiteLossTable
{
    private readonly double[] _excessDb;
    private readonly ItmWarnings[] _warnings;
    private readonly TerrainFallbackReason[] _reasons;

    public SiteLossTable(SiteTerrain terrain, double frequencyMhz, double txHeightM, double rxHeightM, ItmCoverageSettings settings)
    {
        var geometry = terrain.Geometry;
        Geometry = geometry;
        var nodes = geometry.Radials * geometry.Ranges;
        _excessDb = new double[nodes];
        _warnings = new ItmWarnings[nodes];
        _reasons = new TerrainFallbackReason[nodes];
        var radio = settings.RadioFor(frequencyMhz);
        var quantiles = settings.Quantiles;
        var spacing = geometry.ProfileSpacingM;
        for (var a = 0; a < geometry.Radials; a++)
        {
            for (var j = 1; j <= geometry.Ranges; j++)
            {
                var node = a * geometry.Ranges + j - 1;
                var profile = terrain.ProfileTo(a, j);
                if (profile.IsEmpty)
                {
                    _excessDb[node] = double.NaN;
                    _reasons[node] = terrain.HasTerrainAtMast
                        ? TerrainFallbackReason.NoTerrainAlongProfile
                        : TerrainFallbackReason.NoTerrainAtSite;
                    MissingNodes++;
                    continue;
                }
                var result = IrregularTerrainModel.PointToPoint(profile, spacing, txHeightM, rxHeightM, radio, quantiles);
                if (!result.Succeeded)
                {
                    _excessDb[node] = double.NaN;
                    _reasons[node] = TerrainFallbackReason.ModelRefused;
                    MissingNodes++;
                    if (FirstError == ItmError.None)
                        FirstError = result.Error;
                    continue;
                }
                _excessDb[node] = result.LossDb - result.FreeSpaceLossDb;
                _warnings[node] = result.Warnings;
            }
        }
    }

    public RadialGeometry Geometry { get; }

    /// <summary>Nodes without a loss.</summary>
    public int MissingNodes { get; }

    /// <summary>The first refusal's error, or None.</summary>
    public ItmError FirstError { get; }

    /// <summary>The loss at a node minus free space at its distance, dB; NaN where the node has none.</summary>
    public double ExcessDb(int radial, int node) => _excessDb[radial * Geometry.Ranges + node - 1];

    public ItmWarnings Warnings(int radial, int node) => _warnings[radial * Geometry.Ranges + node - 1];

    public TerrainFallbackReason Reason(int radial, int node) => _reasons[radial * Geometry.Ranges + node - 1];

    /// <summary>Free-space basic transmission loss, dB, with the ITM's own constant (32.45 + 20 log f(MHz) + 20 log d(km)).</summary>
    public static double FreeSpaceDb(double frequencyMhz, double distanceM) =>
        32.45 + 20 * Math.Log10(frequencyMhz) + 20 * Math.Log10(distanceM / 1000);
}

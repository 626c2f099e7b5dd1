namespace TelecomGis.Core.Terrain;

/// <summary>
/// Several terrain models side by side (tiles, or a fine model in front of a coarse one): the first that has data at a point
/// answers. NaN only where none has.
/// </summary>
public sealed class TerrainMosaic(IReadOnlyList<ITerrainModel> layers) : ITerrainModel
{
    public IReadOnlyList<ITerrainModel> Layers { get; } = layers;

    /// <inheritdoc />
    public double ElevationAt(double lonDeg, double latDeg)
    {
        for (var i = 0; i < Layers.Count; i++)
        {
            var z = Layers[i].ElevationAt(lonDeg, latDeg);
            if (!double.IsNaN(z))
                return z;
        }

        return double.NaN;
    }
}

namespace TelecomGis.Core.Terrain;

/// <summary>
/// The ground's elevation above mean sea level wherever a digital elevation model covers it. Where no tile covers a point,
/// or the tile has a void there, the answer is NaN: missing terrain is reported, never treated as sea level.
/// Implementations must be safe to call from many threads.
/// </summary>
public interface ITerrainModel
{
    /// <summary>Elevation in metres above mean sea level at a WGS 84 point, or NaN where the model has no data.</summary>
    double ElevationAt(double lonDeg, double latDeg);
}

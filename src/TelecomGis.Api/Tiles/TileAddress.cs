using NetTopologySuite.Geometries;

namespace TelecomGis.Api.Tiles;

/// <summary>
/// A tile of the Web Mercator (EPSG:3857) XYZ grid the map and every tile server share: zoom <see cref="Z"/>, column
/// <see cref="X"/> from the antimeridian eastwards, row <see cref="Y"/> from the north (the OSM "slippy map" scheme).
/// </summary>
public readonly record struct TileAddress(int Z, int X, int Y)
{
    /// <summary>Deeper than this a tile is a few metres across; the plan's features carry no more detail than that.</summary>
    public const int MaxZoom = 22;

    public bool IsValid => Z is >= 0 and <= MaxZoom && X >= 0 && Y >= 0 && X < 1 << Z && Y < 1 << Z;

    /// <summary>The tile's extent in WGS 84 degrees (lon as X, lat as Y).</summary>
    public Envelope Bounds()
    {
        var n = (double)(1 << Z);
        return new Envelope(X / n * 360 - 180, (X + 1) / n * 360 - 180, Latitude(Y + 1, n), Latitude(Y, n));
    }

    /// <summary>Degrees of longitude one pixel of a 256-pixel tile spans: the detail below which a vertex is invisible.</summary>
    public double PixelDegrees => 360.0 / (1 << Z) / 256;

    private static double Latitude(int row, double n) => Math.Atan(Math.Sinh(Math.PI * (1 - 2 * row / n))) * 180 / Math.PI;
}

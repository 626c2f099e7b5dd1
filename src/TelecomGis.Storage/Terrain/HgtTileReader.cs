using System.Buffers.Binary;
using System.Globalization;
using TelecomGis.Core.Terrain;

namespace TelecomGis.Storage.Terrain;

/// <summary>
/// Reads an SRTM .hgt tile (NASA/USGS SRTM documentation, "SRTM Topography", 2003; the HGT format): a square of big-endian
/// signed 16-bit elevations in metres above the EGM96 geoid, 1201 × 1201 samples at 3 arc-seconds or 3601 × 3601 at 1
/// arc-second, rows from north to south. The file's name gives its south-west corner (N21E107.hgt covers 21–22°N, 107–108°E);
/// samples lie on the one-degree edges (pixel-is-point), so neighbouring tiles share a row or column. −32768 marks a void,
/// which becomes NaN.
/// </summary>
public static class HgtTileReader
{
    /// <summary>The SRTM void value.</summary>
    public const short Void = -32768;

    /// <summary>The south-west corner a tile name such as "N21E107.hgt" or "s03w060.hgt" encodes, or null when it is not one.</summary>
    public static (int LatDeg, int LonDeg)? SouthWestCorner(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName).ToUpperInvariant();
        if (name.Length != 7 || (name[0] != 'N' && name[0] != 'S') || (name[3] != 'E' && name[3] != 'W'))
            return null;
        if (
            !int.TryParse(name.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var lat)
            || !int.TryParse(name.AsSpan(4, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var lon)
        )
            return null;
        return (name[0] == 'S' ? -lat : lat, name[3] == 'W' ? -lon : lon);
    }

    /// <summary>The tile name for the one-degree cell that holds a point, e.g. "N21E107.hgt".</summary>
    public static string TileNameFor(double lonDeg, double latDeg)
    {
        var lat = (int)Math.Floor(latDeg);
        var lon = (int)Math.Floor(lonDeg);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{(lat < 0 ? 'S' : 'N')}{Math.Abs(lat):00}{(lon < 0 ? 'W' : 'E')}{Math.Abs(lon):000}.hgt"
        );
    }

    /// <summary>Reads a tile from disk; its name must carry its corner.</summary>
    /// <exception cref="InvalidDataException">The name or size is not that of an SRTM tile.</exception>
    public static ElevationGrid Read(string path)
    {
        var corner = SouthWestCorner(path)
            ?? throw new InvalidDataException($"{Path.GetFileName(path)}: not an SRTM tile name (expected e.g. N21E107.hgt).");
        return Read(File.ReadAllBytes(path), corner.LatDeg, corner.LonDeg, Path.GetFileName(path));
    }

    /// <summary>Decodes a tile's bytes, given its south-west corner.</summary>
    public static ElevationGrid Read(ReadOnlySpan<byte> bytes, int southLatDeg, int westLonDeg, string name = "tile")
    {
        var side = bytes.Length switch
        {
            1201 * 1201 * 2 => 1201,
            3601 * 3601 * 2 => 3601,
            _ => SideOf(bytes.Length, name),
        };
        var elevations = new float[side * side];
        for (var i = 0; i < elevations.Length; i++)
        {
            var v = BinaryPrimitives.ReadInt16BigEndian(bytes.Slice(2 * i, 2));
            elevations[i] = v == Void ? float.NaN : v;
        }

        var spacing = 1.0 / (side - 1);
        return new ElevationGrid(westLonDeg, southLatDeg + 1, spacing, spacing, side, side, elevations);
    }

    /// <summary>Any square tile of 2-byte samples with at least 2 × 2 samples (test tiles, other resolutions); else the size is wrong.</summary>
    private static int SideOf(int length, string name)
    {
        var side = (int)Math.Round(Math.Sqrt(length / 2.0));
        if (side >= 2 && side * side * 2 == length)
            return side;
        throw new InvalidDataException($"{name}: {length} bytes is not a square grid of 16-bit samples (an SRTM tile has 1201² or 3601²).");
    }
}

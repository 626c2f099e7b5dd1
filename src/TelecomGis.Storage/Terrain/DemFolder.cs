using System.Collections.Concurrent;
using TelecomGis.Core.Terrain;

namespace TelecomGis.Storage.Terrain;

/// <summary>
/// A folder of elevation files, the CLI's <c>--dem DIR</c>: SRTM tiles (*.hgt, named by their south-west corner) and geographic
/// GeoTIFFs (*.tif, *.tiff). GeoTIFFs are read when the folder is opened (their extent is inside the file); SRTM tiles are read
/// on first use, since a 1-arc-second tile is 26 MB and a province touches only a few. A point covered by a GeoTIFF takes the
/// GeoTIFF's value (usually a finer, local survey); otherwise the SRTM tile's. Missing terrain is NaN, as everywhere.
/// Safe to call from many threads.
/// </summary>
public sealed class DemFolder : ITerrainModel
{
    private readonly Dictionary<(int Lat, int Lon), string> _hgtPaths = [];
    private readonly ConcurrentDictionary<(int Lat, int Lon), Lazy<ElevationGrid>> _hgtTiles = new();
    private readonly ElevationGrid[] _geoTiffs;

    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">A GeoTIFF in it cannot be read as a WGS 84 elevation model.</exception>
    public DemFolder(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
            throw new DirectoryNotFoundException($"DEM folder not found: {directory}");
        Directory = directory;
        var geoTiffs = new List<ElevationGrid>();
        foreach (var path in System.IO.Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension == ".hgt" && HgtTileReader.SouthWestCorner(path) is { } corner)
                _hgtPaths[(corner.LatDeg, corner.LonDeg)] = path;
            else if (extension is ".tif" or ".tiff")
                geoTiffs.Add(GeoTiffElevationReader.Read(path));
        }

        _geoTiffs = [.. geoTiffs];
    }

    public string Directory { get; }

    /// <summary>How many SRTM tiles and GeoTIFFs the folder holds.</summary>
    public (int HgtTiles, int GeoTiffs) Counts => (_hgtPaths.Count, _geoTiffs.Length);

    /// <inheritdoc />
    public double ElevationAt(double lonDeg, double latDeg)
    {
        foreach (var grid in _geoTiffs)
        {
            var z = grid.ElevationAt(lonDeg, latDeg);
            if (!double.IsNaN(z))
                return z;
        }

        var lat = (int)Math.Floor(latDeg);
        var lon = (int)Math.Floor(lonDeg);
        var z0 = FromTile(lat, lon, lonDeg, latDeg);
        // A point on a tile's north or east edge is also the last row or column of the tile to its south or west.
        if (double.IsNaN(z0) && latDeg == lat)
            z0 = FromTile(lat - 1, lon, lonDeg, latDeg);
        if (double.IsNaN(z0) && lonDeg == lon)
            z0 = FromTile(lat, lon - 1, lonDeg, latDeg);
        return z0;
    }

    private double FromTile(int lat, int lon, double lonDeg, double latDeg)
    {
        if (!_hgtPaths.TryGetValue((lat, lon), out var path))
            return double.NaN;
        var tile = _hgtTiles.GetOrAdd((lat, lon), _ => new Lazy<ElevationGrid>(() => HgtTileReader.Read(path))).Value;
        return tile.ElevationAt(lonDeg, latDeg);
    }
}

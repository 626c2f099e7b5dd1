using System.Globalization;
using System.Text;
using BitMiracle.LibTiff.Classic;
using TelecomGis.Core.Terrain;

namespace TelecomGis.Storage.Terrain;

/// <summary>
/// Reads a single-band elevation GeoTIFF in geographic WGS 84 coordinates (OGC GeoTIFF 1.1, 19-008r4: ModelPixelScale,
/// ModelTiepoint, the GeoKey directory's raster type and geographic CRS; GDAL's GDAL_NODATA tag for voids). Decoding (strips
/// or tiles; no compression, Deflate, LZW, PackBits) is BitMiracle's LibTiff.NET. Sample types: 8/16/32-bit integers and 32/64-bit
/// floats. A projected GeoTIFF (UTM, VN-2000) is refused with a message saying how to reproject it: the terrain model answers in
/// WGS 84 and resampling belongs to GDAL, not to this reader.
/// </summary>
public static class GeoTiffElevationReader
{
    private const int GtRasterTypeKey = 1025;
    private const int GeographicTypeKey = 2048;
    private const int ProjectedCsTypeKey = 3072;
    private const int RasterPixelIsPoint = 2;
    private const int Wgs84 = 4326;

    static GeoTiffElevationReader() => Tiff.SetErrorHandler(new QuietWarnings());

    /// <exception cref="InvalidDataException">Not a readable single-band geographic elevation GeoTIFF.</exception>
    public static ElevationGrid Read(string path)
    {
        var name = Path.GetFileName(path);
        using var tiff = Tiff.Open(path, "r") ?? throw new InvalidDataException($"{name}: not a TIFF file.");
        var width = tiff.GetField(TiffTag.IMAGEWIDTH)[0].ToInt();
        var height = tiff.GetField(TiffTag.IMAGELENGTH)[0].ToInt();
        var samplesPerPixel = tiff.GetFieldDefaulted(TiffTag.SAMPLESPERPIXEL)[0].ToInt();
        var bits = tiff.GetFieldDefaulted(TiffTag.BITSPERSAMPLE)[0].ToInt();
        var format = (SampleFormat)tiff.GetFieldDefaulted(TiffTag.SAMPLEFORMAT)[0].ToInt();
        if (samplesPerPixel != 1)
            throw new InvalidDataException($"{name}: {samplesPerPixel} bands; an elevation model has one.");

        var scale = Doubles(tiff, TiffTag.GEOTIFF_MODELPIXELSCALETAG)
            ?? throw new InvalidDataException($"{name}: no ModelPixelScale tag (a rotated or untagged image is not supported).");
        var tiepoint = Doubles(tiff, TiffTag.GEOTIFF_MODELTIEPOINTTAG) ?? throw new InvalidDataException($"{name}: no ModelTiepoint tag.");
        var keys = GeoKeys(tiff);
        if (keys.TryGetValue(ProjectedCsTypeKey, out var projected))
            throw new InvalidDataException(
                $"{name}: projected (EPSG:{projected}); reproject it first: gdalwarp -t_srs EPSG:4326 {name} out.tif"
            );
        if (keys.TryGetValue(GeographicTypeKey, out var geographic) && geographic != Wgs84)
            throw new InvalidDataException($"{name}: geographic CRS EPSG:{geographic}; only WGS 84 (EPSG:4326) is read.");

        // The tiepoint ties raster (I, J) to model (X, Y). Pixel-is-area puts (0, 0) at the corner of the first pixel, so the
        // first sample's centre lies half a pixel in; pixel-is-point puts it on the sample (GeoTIFF 1.1 §B.3).
        var pixelIsPoint = keys.TryGetValue(GtRasterTypeKey, out var rasterType) && rasterType == RasterPixelIsPoint;
        var half = pixelIsPoint ? 0 : 0.5;
        var west = tiepoint[3] + (half - tiepoint[0]) * scale[0];
        var north = tiepoint[4] - (half - tiepoint[1]) * scale[1];

        var noData = NoData(tiff);
        var elevations = new float[width * height];
        var decode = Decoder(bits, format, name);
        if (tiff.IsTiled())
        {
            var tileWidth = tiff.GetField(TiffTag.TILEWIDTH)[0].ToInt();
            var tileHeight = tiff.GetField(TiffTag.TILELENGTH)[0].ToInt();
            var buffer = new byte[tiff.TileSize()];
            for (var ty = 0; ty < height; ty += tileHeight)
            {
                for (var tx = 0; tx < width; tx += tileWidth)
                {
                    if (tiff.ReadTile(buffer, 0, tx, ty, 0, 0) < 0)
                        throw new InvalidDataException($"{name}: tile at {tx},{ty} unreadable.");
                    for (var y = 0; y < tileHeight && ty + y < height; y++)
                    for (var x = 0; x < tileWidth && tx + x < width; x++)
                        elevations[(ty + y) * width + tx + x] = Clean(decode(buffer, (y * tileWidth + x) * bits / 8), noData);
                }
            }
        }
        else
        {
            var buffer = new byte[tiff.ScanlineSize()];
            for (var y = 0; y < height; y++)
            {
                if (!tiff.ReadScanline(buffer, y))
                    throw new InvalidDataException($"{name}: row {y} unreadable.");
                for (var x = 0; x < width; x++)
                    elevations[y * width + x] = Clean(decode(buffer, x * bits / 8), noData);
            }
        }

        return new ElevationGrid(west, north, scale[0], scale[1], width, height, elevations);
    }

    private static float Clean(double value, double? noData) =>
        (noData is { } nd && value == nd) || double.IsNaN(value) ? float.NaN : (float)value;

    private static Func<byte[], int, double> Decoder(int bits, SampleFormat format, string name) =>
        (bits, format) switch
        {
            (16, SampleFormat.INT) => (b, i) => BitConverter.ToInt16(b, i),
            (16, SampleFormat.UINT) => (b, i) => BitConverter.ToUInt16(b, i),
            (32, SampleFormat.INT) => (b, i) => BitConverter.ToInt32(b, i),
            (32, SampleFormat.UINT) => (b, i) => BitConverter.ToUInt32(b, i),
            (32, SampleFormat.IEEEFP) => (b, i) => BitConverter.ToSingle(b, i),
            (64, SampleFormat.IEEEFP) => (b, i) => BitConverter.ToDouble(b, i),
            (8, SampleFormat.INT) => (b, i) => (sbyte)b[i],
            (8, SampleFormat.UINT) => (b, i) => b[i],
            _ => throw new InvalidDataException($"{name}: {bits}-bit {format} samples are not an elevation type this reader knows."),
        };

    /// <summary>A double-array tag. LibTiff.NET returns [count, raw bytes] for the GeoTIFF tags; FieldValue converts the bytes.</summary>
    private static double[]? Doubles(Tiff tiff, TiffTag tag)
    {
        var field = tiff.GetField(tag);
        return field is { Length: >= 2 } ? field[1].ToDoubleArray() : null;
    }

    /// <summary>The GeoKey directory's short-valued keys (GeoTIFF 1.1 §7.1: header of 4 shorts, then 4 per key).</summary>
    private static Dictionary<int, int> GeoKeys(Tiff tiff)
    {
        var keys = new Dictionary<int, int>();
        var field = tiff.GetField(TiffTag.GEOTIFF_GEOKEYDIRECTORYTAG);
        if (field is null)
            return keys;
        var directory = field.Length >= 2 ? field[1].ToShortArray() : null;
        if (directory is null || directory.Length < 4)
            return keys;
        var count = (ushort)directory[3];
        for (var k = 0; k < count && 4 + 4 * k + 3 < directory.Length; k++)
        {
            var id = (ushort)directory[4 + 4 * k];
            var location = (ushort)directory[5 + 4 * k];
            var value = (ushort)directory[7 + 4 * k];
            if (location == 0)
                keys[id] = value; // the value is in the directory itself
        }

        return keys;
    }

    /// <summary>GDAL's no-data value, an ASCII number in tag 42113.</summary>
    private static double? NoData(Tiff tiff)
    {
        var field = tiff.GetField(TiffTag.GDAL_NODATA);
        if (field is null)
            return null;
        foreach (var v in field)
        {
            var text = v.Value switch
            {
                string s => s,
                byte[] b => Encoding.ASCII.GetString(b),
                _ => null,
            };
            if (text is not null && double.TryParse(text.Trim('\0', ' '), NumberStyles.Float, CultureInfo.InvariantCulture, out var nd))
                return nd;
        }

        return null;
    }

    /// <summary>LibTiff.NET writes warnings (unknown private tags, GDAL's metadata) to the console; errors still surface as failed reads.</summary>
    private sealed class QuietWarnings : TiffErrorHandler
    {
        public override void WarningHandler(Tiff tif, string method, string format, params object[] args) { }

        public override void WarningHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args) { }
    }
}

using System.Buffers.Binary;
using System.IO.Compression;

namespace TelecomGis.Storage.Coverage;

/// <summary>
/// Cuts one band of one resolution into square tiles and compresses each: TIFF's predictor first (TIFF 6.0 §14 horizontal
/// differencing for int32; Adobe's Technote 3 floating-point predictor for float32: each row's bytes split into planes, most
/// significant first, then differenced), then DEFLATE in a zlib wrapper (Compression = 8). Both predictors turn the coverage
/// rasters' long runs of equal or slowly changing values into runs of zeros, which is what DEFLATE shrinks best
/// (docs/PERFORMANCE.md, "Coverage rasters on disk", has the measured choice). Tiles at the right and bottom edges are padded
/// with nodata to the full tile size, as the TIFF specification requires of tiles. Thread-safe: every call owns its buffers.
/// </summary>
internal static class GeoTiffTileEncoder
{
    /// <summary>The tile's compressed bytes; <paramref name="samples"/> is float[] or int[], row by row from the north.</summary>
    public static byte[] Encode(Array samples, int columns, int rows, int tileSize, int tileColumn, int tileRow, double noData)
    {
        var raw = new byte[tileSize * tileSize * 4];
        var x0 = tileColumn * tileSize;
        var y0 = tileRow * tileSize;
        var width = Math.Min(tileSize, columns - x0);
        if (samples is float[] floats)
        {
            var pad = (float)noData;
            var row = new float[tileSize];
            for (var r = 0; r < tileSize; r++)
            {
                var y = y0 + r;
                if (y < rows)
                {
                    floats.AsSpan(y * columns + x0, width).CopyTo(row);
                    row.AsSpan(width).Fill(pad);
                }
                else
                {
                    row.AsSpan().Fill(pad);
                }
                FloatingPointPredictor(row, raw.AsSpan(r * tileSize * 4, tileSize * 4));
            }
        }
        else
        {
            var ints = (int[])samples;
            var pad = (int)noData;
            var row = new int[tileSize];
            for (var r = 0; r < tileSize; r++)
            {
                var y = y0 + r;
                if (y < rows)
                {
                    ints.AsSpan(y * columns + x0, width).CopyTo(row);
                    row.AsSpan(width).Fill(pad);
                }
                else
                {
                    row.AsSpan().Fill(pad);
                }
                HorizontalPredictor(row, raw.AsSpan(r * tileSize * 4, tileSize * 4));
            }
        }
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(raw);
        return compressed.ToArray();
    }

    /// <summary>
    /// Technote 3's predictor (libtiff's fpDiff, stride 1): byte k of every sample goes to plane k, the sign-and-exponent byte
    /// first, then each byte becomes its difference from the one before it in the row.
    /// </summary>
    private static void FloatingPointPredictor(ReadOnlySpan<float> row, Span<byte> output)
    {
        var n = row.Length;
        for (var i = 0; i < n; i++)
        {
            var bits = BitConverter.SingleToUInt32Bits(row[i]);
            output[i] = (byte)(bits >> 24);
            output[n + i] = (byte)(bits >> 16);
            output[2 * n + i] = (byte)(bits >> 8);
            output[3 * n + i] = (byte)bits;
        }
        for (var k = output.Length - 1; k > 0; k--)
            output[k] -= output[k - 1];
    }

    /// <summary>Predictor 2: each sample minus the one to its left (wrapping), little-endian as the file is.</summary>
    private static void HorizontalPredictor(ReadOnlySpan<int> row, Span<byte> output)
    {
        var previous = 0;
        for (var i = 0; i < row.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(output[(i * 4)..], unchecked(row[i] - previous));
            previous = row[i];
        }
    }
}

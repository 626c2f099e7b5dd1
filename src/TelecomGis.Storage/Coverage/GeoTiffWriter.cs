using System.Buffers.Binary;
using System.Globalization;
using System.Security;
using System.Text;
using TelecomGis.Core.Coverage;

namespace TelecomGis.Storage.Coverage;

/// <summary>
/// Writes a grid as an uncompressed, band-sequential GeoTIFF (TIFF 6.0 baseline + GeoTIFF 1.1, OGC 19-008r4), by hand: the format
/// needs a dozen tags, which is less code and less risk than teaching a TIFF library the GeoTIFF tags. The georeferencing is
/// ModelTiepoint (the grid's north-west corner) + ModelPixelScale (the resolution), with GeoKeys naming the projected system by
/// its EPSG code (ProjectedCSTypeGeoKey), metres and PixelIsArea; nodata and band descriptions travel in GDAL's own tags
/// (GDAL_NODATA 42113, GDAL_METADATA 42112), which gdalinfo and QGIS read.
/// Samples are float32 or int32; every band must have one sample per cell.
/// </summary>
public static class GeoTiffWriter
{
    private const ushort Short = 3,
        Long = 4,
        Ascii = 2,
        Double = 12;

    public static void Write(Stream output, CoverageGrid grid, IReadOnlyList<GeoTiffBand> bands, double noData)
    {
        if (bands.Count == 0)
            throw new ArgumentException("a GeoTIFF needs at least one band", nameof(bands));
        var isFloat = bands[0].Samples is float[];
        foreach (var b in bands)
        {
            if (b.Samples.Length != grid.CellCount)
                throw new ArgumentException($"band '{b.Description}' has {b.Samples.Length} samples, the grid {grid.CellCount} cells");
            if ((b.Samples is float[]) != isFloat || b.Samples is not (float[] or int[]))
                throw new ArgumentException("bands must all be float32 or all int32");
        }
        var bandBytes = (long)grid.CellCount * 4;
        var n = bands.Count;

        var entries = new List<Entry>
        {
            Entry.Longs(256, (uint)grid.Columns),
            Entry.Longs(257, (uint)grid.Rows),
            Entry.Shorts(258, Enumerable.Repeat((ushort)32, n).ToArray()),
            Entry.Shorts(259, 1), // no compression
            Entry.Shorts(262, 1), // BlackIsZero
            Entry.Longs(273, new uint[n]), // strip offsets, filled in below
            Entry.Shorts(277, (ushort)n),
            Entry.Longs(278, (uint)grid.Rows),
            Entry.Longs(279, Enumerable.Repeat((uint)bandBytes, n).ToArray()),
            Entry.Shorts(284, 2), // planar: one plane per band
        };
        if (n > 1)
            entries.Add(Entry.Shorts(338, new ushort[n - 1])); // the other bands are unspecified extra samples
        entries.Add(Entry.Shorts(339, Enumerable.Repeat((ushort)(isFloat ? 3 : 2), n).ToArray())); // IEEE float or signed integer
        entries.Add(Entry.Doubles(33550, grid.ResolutionM, grid.ResolutionM, 0));
        entries.Add(Entry.Doubles(33922, 0, 0, 0, grid.WestM, grid.NorthM, 0));
        entries.Add(
            Entry.Shorts(
                34735,
                1,
                1,
                0,
                4, // GeoKey directory 1.1.0, four keys
                1024,
                0,
                1,
                1, // GTModelTypeGeoKey = ModelTypeProjected
                1025,
                0,
                1,
                1, // GTRasterTypeGeoKey = RasterPixelIsArea
                3072,
                0,
                1,
                (ushort)grid.Epsg, // ProjectedCSTypeGeoKey = the TM-3 system's EPSG code
                3076,
                0,
                1,
                9001
            )
        ); // ProjLinearUnitsGeoKey = metre
        entries.Add(Entry.Text(42112, Metadata(bands)));
        entries.Add(Entry.Text(42113, noData.ToString("R", CultureInfo.InvariantCulture)));

        // Layout: header (8) | IFD | out-of-line tag values | band planes. The strip offsets' own size does not depend on their
        // values, so the layout is fixed first and the offsets written into their entry afterwards.
        var ifdSize = 2 + entries.Count * 12 + 4;
        var firstPlane = RecomputeOffsets(entries, 8 + ifdSize);
        if (firstPlane + bandBytes * n > uint.MaxValue)
            throw new ArgumentException("the raster is over 4 GiB, beyond classic TIFF; use a coarser resolution");
        var stripOffsets = entries.Single(e => e.Tag == 273).Data;
        for (var i = 0; i < n; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(stripOffsets.AsSpan(i * 4), (uint)(firstPlane + bandBytes * i));

        using var w = new BinaryWriter(output, Encoding.ASCII, leaveOpen: true);
        w.Write((byte)'I');
        w.Write((byte)'I');
        w.Write((ushort)42);
        w.Write(8u);
        w.Write((ushort)entries.Count);
        foreach (var e in entries)
        {
            w.Write(e.Tag);
            w.Write(e.Type);
            w.Write(e.Count);
            if (e.Data.Length <= 4)
            {
                var inline = new byte[4];
                e.Data.CopyTo(inline, 0);
                w.Write(inline);
            }
            else
            {
                w.Write((uint)e.Offset);
            }
        }
        w.Write(0u); // no further IFD
        foreach (var e in entries)
        {
            if (e.Data.Length <= 4)
                continue;
            w.Write(e.Data);
            if ((e.Data.Length & 1) == 1)
                w.Write((byte)0);
        }
        w.Flush();
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("the writer copies samples as they lie in memory, little-endian");
        var row = new byte[grid.Columns * 4];
        foreach (var band in bands)
        {
            for (var r = 0; r < grid.Rows; r++)
            {
                Buffer.BlockCopy(band.Samples, r * grid.Columns * 4, row, 0, row.Length);
                output.Write(row);
            }
        }
    }

    /// <summary>Places each value that does not fit in its entry after the IFD; returns where the next free byte is.</summary>
    private static long RecomputeOffsets(List<Entry> entries, long start)
    {
        var offset = start;
        foreach (var e in entries)
        {
            if (e.Data.Length <= 4)
                continue;
            e.Offset = offset;
            offset += e.Data.Length + (e.Data.Length & 1);
        }
        return offset;
    }

    private static string Metadata(IReadOnlyList<GeoTiffBand> bands)
    {
        var xml = new StringBuilder("<GDALMetadata>");
        for (var i = 0; i < bands.Count; i++)
        {
            xml.Append(
                CultureInfo.InvariantCulture,
                $"<Item name=\"DESCRIPTION\" sample=\"{i}\" role=\"description\">{SecurityElement.Escape(bands[i].Description)}</Item>"
            );
        }
        return xml.Append("</GDALMetadata>").ToString();
    }

    private sealed class Entry(ushort tag, ushort type, uint count, byte[] data)
    {
        public ushort Tag { get; } = tag;
        public ushort Type { get; } = type;
        public uint Count { get; } = count;
        public byte[] Data { get; } = data;
        public long Offset { get; set; }

        public static Entry Shorts(ushort tag, params ushort[] values)
        {
            var data = new byte[values.Length * 2];
            for (var i = 0; i < values.Length; i++)
                BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(i * 2), values[i]);
            return new Entry(tag, Short, (uint)values.Length, data);
        }

        public static Entry Longs(ushort tag, params uint[] values)
        {
            var data = new byte[values.Length * 4];
            for (var i = 0; i < values.Length; i++)
                BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(i * 4), values[i]);
            return new Entry(tag, Long, (uint)values.Length, data);
        }

        public static Entry Doubles(ushort tag, params double[] values)
        {
            var data = new byte[values.Length * 8];
            for (var i = 0; i < values.Length; i++)
                BinaryPrimitives.WriteDoubleLittleEndian(data.AsSpan(i * 8), values[i]);
            return new Entry(tag, Double, (uint)values.Length, data);
        }

        public static Entry Text(ushort tag, string text)
        {
            var data = Encoding.UTF8.GetBytes(text + "\0");
            return new Entry(tag, Ascii, (uint)data.Length, data);
        }
    }
}

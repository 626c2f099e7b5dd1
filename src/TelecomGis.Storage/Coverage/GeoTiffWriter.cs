using System.Buffers.Binary;
using System.Globalization;
using System.Security;
using System.Text;
using TelecomGis.Core.Coverage;

namespace TelecomGis.Storage.Coverage;

/// <summary>
/// Writes a grid as a Cloud-Optimized GeoTIFF (TIFF 6.0 + GeoTIFF 1.1, OGC 19-008r4, laid out as GDAL's COG driver lays it
/// out), by hand: the format needs a dozen tags and a fixed order of parts, which is less code and less risk than teaching a
/// TIFF library the GeoTIFF tags and the COG order. Each band is cut into <see cref="TileSize"/>-square tiles, each tile
/// predicted and DEFLATE-compressed (<see cref="GeoTiffTileEncoder"/>); internal overviews halve the grid until it fits one tile
/// (<see cref="GeoTiffOverview"/>). The file is: header, GDAL's "ghost" structural metadata (LAYOUT=IFDS_BEFORE_DATA,
/// BLOCK_ORDER=ROW_MAJOR, a 4-byte size before each tile and its last 4 bytes repeated after it), every IFD (full resolution
/// first, then the overviews, largest first), then the tiles, smallest overview first and full resolution last, each band's
/// tiles row by row: a reader over HTTP gets every IFD in its first request and any tile in one ranged read.
/// The georeferencing is ModelTiepoint (the grid's north-west corner) + ModelPixelScale (the resolution), with GeoKeys naming
/// the projected system by its EPSG code (ProjectedCSTypeGeoKey), metres and PixelIsArea; nodata and band descriptions travel in
/// GDAL's own tags (GDAL_NODATA 42113, GDAL_METADATA 42112), which gdalinfo and QGIS read.
/// Samples are float32 or int32; every band must have one sample per cell.
/// </summary>
public static class GeoTiffWriter
{
    /// <summary>Tile edge in cells (docs/PERFORMANCE.md, "Coverage rasters on disk": 256 and 512 measured).</summary>
    public const int TileSize = 256;

    private const ushort Short = 3,
        Long = 4,
        Ascii = 2,
        Double = 12;

    /// <summary>GDAL's COG ghost header (gdal.org/drivers/raster/cog.html, "Header ghost area").</summary>
    private const string Structure =
        "LAYOUT=IFDS_BEFORE_DATA\nBLOCK_ORDER=ROW_MAJOR\nBLOCK_LEADER=SIZE_AS_UINT4\nBLOCK_TRAILER=LAST_4_BYTES_REPEATED\n"
        + "KNOWN_INCOMPATIBLE_EDITION=NO\n";

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
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("the writer reads samples as they lie in memory, little-endian");

        var levels = new List<GeoTiffOverview> { new(grid.Columns, grid.Rows, [.. bands.Select(b => b.Samples)]) };
        while (levels[^1].Columns > TileSize || levels[^1].Rows > TileSize)
            levels.Add(levels[^1].Halve(noData));
        var tiles = levels.Select(l => Encode(l, noData)).ToList();

        // An IFD starts on a word boundary: a byte after the ghost when it ends on an odd one (GDAL's validator expects it so).
        var ghostText = $"GDAL_STRUCTURAL_METADATA_SIZE={Structure.Length.ToString("D6", CultureInfo.InvariantCulture)} bytes\n{Structure}";
        var ghost = Encoding.ASCII.GetBytes(ghostText.Length % 2 == 1 ? ghostText + "\0" : ghostText);
        var ifds = levels.Select((l, i) => Entries(l, i == 0, grid, bands, noData, isFloat)).ToList();

        // Layout: header (8) | ghost | IFD 0 + its out-of-line values | IFD 1 + … | tiles. The tile offsets' own size does not
        // depend on their values, so the layout is fixed first and the offsets written into their entries afterwards.
        var ifdOffsets = new long[levels.Count];
        long at = 8 + ghost.Length;
        for (var i = 0; i < levels.Count; i++)
        {
            ifdOffsets[i] = at;
            at = RecomputeOffsets(ifds[i], at + 2 + ifds[i].Count * 12 + 4);
        }
        for (var i = levels.Count - 1; i >= 0; i--)
        {
            var offsets = ifds[i].Single(e => e.Tag == 324).Data;
            var counts = ifds[i].Single(e => e.Tag == 325).Data;
            for (var t = 0; t < tiles[i].Length; t++)
            {
                at += 4; // the leader: the tile's size
                BinaryPrimitives.WriteUInt32LittleEndian(offsets.AsSpan(t * 4), (uint)Math.Min(at, uint.MaxValue));
                BinaryPrimitives.WriteUInt32LittleEndian(counts.AsSpan(t * 4), (uint)tiles[i][t].Length);
                at += tiles[i][t].Length + 4; // the trailer: its last four bytes again
            }
        }
        if (at > uint.MaxValue)
            throw new ArgumentException("the raster is over 4 GiB, beyond classic TIFF; use a coarser resolution");

        using var w = new BinaryWriter(output, Encoding.ASCII, leaveOpen: true);
        w.Write((byte)'I');
        w.Write((byte)'I');
        w.Write((ushort)42);
        w.Write((uint)ifdOffsets[0]);
        w.Write(ghost);
        for (var i = 0; i < levels.Count; i++)
            WriteIfd(w, ifds[i], i + 1 < levels.Count ? (uint)ifdOffsets[i + 1] : 0u);
        for (var i = levels.Count - 1; i >= 0; i--)
        {
            foreach (var tile in tiles[i])
            {
                w.Write((uint)tile.Length);
                w.Write(tile);
                w.Write(tile.AsSpan(tile.Length - 4));
            }
        }
        w.Flush();
    }

    /// <summary>Every tile of a level, band after band and row by row within a band (PlanarConfiguration 2's order).</summary>
    private static byte[][] Encode(GeoTiffOverview level, double noData)
    {
        var across = (level.Columns + TileSize - 1) / TileSize;
        var down = (level.Rows + TileSize - 1) / TileSize;
        var perBand = across * down;
        var tiles = new byte[perBand * level.Planes.Length][];
        Parallel.For(0, tiles.Length, t =>
        {
            var (band, index) = Math.DivRem(t, perBand);
            tiles[t] = GeoTiffTileEncoder.Encode(
                level.Planes[band],
                level.Columns,
                level.Rows,
                TileSize,
                index % across,
                index / across,
                noData
            );
        });
        return tiles;
    }

    private static List<Entry> Entries(
        GeoTiffOverview level,
        bool fullResolution,
        CoverageGrid grid,
        IReadOnlyList<GeoTiffBand> bands,
        double noData,
        bool isFloat
    )
    {
        var n = bands.Count;
        var tileCount = ((level.Columns + TileSize - 1) / TileSize) * ((level.Rows + TileSize - 1) / TileSize) * n;
        // Tags in ascending order, as TIFF 6.0 requires.
        var entries = new List<Entry>
        {
            Entry.Longs(254, fullResolution ? 0u : 1u), // NewSubfileType: 1 = a reduced-resolution version of the image
            Entry.Longs(256, (uint)level.Columns),
            Entry.Longs(257, (uint)level.Rows),
            Entry.Shorts(258, Enumerable.Repeat((ushort)32, n).ToArray()),
            Entry.Shorts(259, 8), // DEFLATE (zlib)
            Entry.Shorts(262, 1), // BlackIsZero
            Entry.Shorts(277, (ushort)n),
            Entry.Shorts(284, 2), // planar: one plane per band
            Entry.Shorts(317, (ushort)(isFloat ? 3 : 2)), // predictor: floating point, or horizontal differencing
            Entry.Longs(322, TileSize),
            Entry.Longs(323, TileSize),
            Entry.Longs(324, new uint[tileCount]), // tile offsets, filled in once the layout is known
            Entry.Longs(325, new uint[tileCount]), // tile byte counts, likewise
        };
        if (n > 1)
            entries.Add(Entry.Shorts(338, new ushort[n - 1])); // the other bands are unspecified extra samples
        entries.Add(Entry.Shorts(339, Enumerable.Repeat((ushort)(isFloat ? 3 : 2), n).ToArray())); // IEEE float or signed integer
        if (fullResolution)
        {
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
        }
        entries.Add(Entry.Text(42113, noData.ToString("R", CultureInfo.InvariantCulture)));
        return entries;
    }

    private static void WriteIfd(BinaryWriter w, List<Entry> entries, uint next)
    {
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
        w.Write(next);
        foreach (var e in entries)
        {
            if (e.Data.Length <= 4)
                continue;
            w.Write(e.Data);
            if ((e.Data.Length & 1) == 1)
                w.Write((byte)0);
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

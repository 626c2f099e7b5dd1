using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace TelecomGis.Api.Tiles;

/// <summary>
/// Encodes one layer of features (WGS 84) as a Mapbox Vector Tile 2.1 (github.com/mapbox/vector-tile-spec, 2.1): coordinates in
/// the tile's Web Mercator grid of <see cref="Extent"/> units, command-encoded with zig-zag deltas, exterior rings clockwise
/// in screen coordinates and holes anticlockwise, keys and values shared across the layer's features.
/// </summary>
/// <remarks>
/// Our own rather than NetTopologySuite.IO.VectorTiles.Mapbox 1.1.0: that package wants protobuf-net 2.4, which our registry
/// does not serve, and its writer moves the delta cursor for a ring before dropping the ring as collapsed, which would shift
/// every later part of the province's 1,900-part boundary. Here a ring is built, checked, and only then written.
/// </remarks>
public sealed class MvtEncoder(TileAddress tile, uint extent = MvtEncoder.Extent)
{
    /// <summary>The specification's usual grid: 4096 units a tile edge.</summary>
    public const uint Extent = 4096;

    private const uint MoveTo = 1,
        LineTo = 2,
        ClosePath = 7;
    private const int PointType = 1,
        LineType = 2,
        PolygonType = 3;

    private readonly double _scale = (1 << tile.Z) * (double)extent;

    public byte[] Encode(string layerName, IEnumerable<IFeature> features)
    {
        var keys = new Dictionary<string, uint>(StringComparer.Ordinal);
        var values = new Dictionary<object, uint>();
        var layer = new ProtobufWriter();
        layer.VarintField(15, 2);
        layer.StringField(1, layerName);
        var any = false;

        var geometry = new List<uint>(256);
        var tags = new List<uint>(16);
        foreach (var feature in features)
        {
            geometry.Clear();
            var type = Geometry(feature.Geometry, geometry);
            if (geometry.Count == 0)
                continue;
            tags.Clear();
            foreach (var name in feature.Attributes.GetNames())
            {
                if (Value(feature.Attributes[name]) is not { } value)
                    continue;
                if (!keys.TryGetValue(name, out var k))
                    keys[name] = k = (uint)keys.Count;
                if (!values.TryGetValue(value, out var v))
                    values[value] = v = (uint)values.Count;
                tags.Add(k);
                tags.Add(v);
            }
            var f = new ProtobufWriter();
            // MVT ids are unsigned integers: numeric ids (commune codes) go in; others stay an "id" attribute only.
            if (feature.Attributes.GetOptionalValue("id") is { } id && ulong.TryParse(id.ToString(), out var numeric))
                f.VarintField(1, numeric);
            if (tags.Count > 0)
                f.PackedField(2, tags);
            f.VarintField(3, (ulong)type);
            f.PackedField(4, geometry);
            layer.MessageField(2, f);
            any = true;
        }
        foreach (var key in keys.OrderBy(p => p.Value))
            layer.StringField(3, key.Key);
        foreach (var value in values.OrderBy(p => p.Value))
        {
            var v = new ProtobufWriter();
            switch (value.Key)
            {
                case string s:
                    v.StringField(1, s);
                    break;
                case double d:
                    v.DoubleField(3, d);
                    break;
                case long l:
                    v.VarintField(6, ((ulong)l << 1) ^ (ulong)(l >> 63));
                    break;
                case bool b:
                    v.VarintField(7, b ? 1UL : 0UL);
                    break;
            }
            layer.MessageField(4, v);
        }
        layer.VarintField(5, extent);

        var tileMessage = new ProtobufWriter();
        if (any)
            tileMessage.MessageField(3, layer);
        return tileMessage.ToArray();
    }

    /// <summary>MVT values are strings, numbers and booleans; integers as sint64, other numbers as double; nulls are left out.</summary>
    private static object? Value(object? value) =>
        value switch
        {
            null => null,
            string s => s,
            bool b => b,
            int i => (long)i,
            long l => l,
            float f => (double)f,
            double d => d,
            decimal m => (double)m,
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        };

    private int Geometry(Geometry geometry, List<uint> commands)
    {
        var cursor = (X: 0, Y: 0);
        switch (geometry)
        {
            case Point or MultiPoint:
                var points = new List<(int X, int Y)>(geometry.NumGeometries);
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    var p = (Point)geometry.GetGeometryN(i);
                    if (!p.IsEmpty)
                        points.Add(Project(p.X, p.Y));
                }
                if (points.Count > 0)
                {
                    // Points: one MoveTo carrying every point.
                    commands.Add(Command(MoveTo, points.Count));
                    foreach (var p in points)
                        Delta(commands, p, ref cursor);
                }
                return PointType;
            case LineString or MultiLineString:
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    var line = Ring(((LineString)geometry.GetGeometryN(i)).CoordinateSequence, closed: false);
                    if (line.Count >= 2)
                        Emit(commands, line, ref cursor, closed: false);
                }
                return LineType;
            case Polygon or MultiPolygon:
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    var polygon = (Polygon)geometry.GetGeometryN(i);
                    var shell = Ring(polygon.Shell.CoordinateSequence, closed: true);
                    // A shell that rounds to nothing takes its holes with it; the cursor has not moved, so the next part is unharmed.
                    if (shell.Count < 3 || SignedArea(shell) == 0)
                        continue;
                    if (SignedArea(shell) < 0)
                        shell.Reverse();
                    Emit(commands, shell, ref cursor, closed: true);
                    foreach (var hole in polygon.Holes)
                    {
                        var ring = Ring(hole.CoordinateSequence, closed: true);
                        if (ring.Count < 3 || SignedArea(ring) == 0)
                            continue;
                        if (SignedArea(ring) > 0)
                            ring.Reverse();
                        Emit(commands, ring, ref cursor, closed: true);
                    }
                }
                return PolygonType;
            default:
                return 0;
        }
    }

    /// <summary>WGS 84 degrees to the tile's grid: Web Mercator, y down from the tile's top edge.</summary>
    private (int X, int Y) Project(double lon, double lat)
    {
        var x = (lon + 180) / 360;
        var sin = Math.Sin(lat * Math.PI / 180);
        var y = 0.5 - Math.Log((1 + sin) / (1 - sin)) / (4 * Math.PI);
        return ((int)Math.Round(x * _scale - tile.X * (double)extent), (int)Math.Round(y * _scale - tile.Y * (double)extent));
    }

    /// <summary>The sequence in grid units, repeated points (after rounding) dropped, and for a ring the closing point too.</summary>
    private List<(int X, int Y)> Ring(CoordinateSequence sequence, bool closed)
    {
        var count = closed ? sequence.Count - 1 : sequence.Count;
        var points = new List<(int X, int Y)>(Math.Max(0, count));
        for (var i = 0; i < count; i++)
        {
            var p = Project(sequence.GetX(i), sequence.GetY(i));
            if (points.Count == 0 || points[^1] != p)
                points.Add(p);
        }
        if (closed && points.Count > 1 && points[0] == points[^1])
            points.RemoveAt(points.Count - 1);
        return points;
    }

    /// <summary>Twice the ring's area by the shoelace formula, in screen axes: positive is clockwise on screen (an exterior ring).</summary>
    private static long SignedArea(List<(int X, int Y)> ring)
    {
        long sum = 0;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
            sum += (long)ring[j].X * ring[i].Y - (long)ring[i].X * ring[j].Y;
        return sum;
    }

    private static void Emit(List<uint> commands, List<(int X, int Y)> points, ref (int X, int Y) cursor, bool closed)
    {
        // Lines and rings: MoveTo the first point, LineTo the rest, ClosePath for a ring.
        commands.Add(Command(MoveTo, 1));
        Delta(commands, points[0], ref cursor);
        if (points.Count > 1)
        {
            commands.Add(Command(LineTo, points.Count - 1));
            for (var i = 1; i < points.Count; i++)
                Delta(commands, points[i], ref cursor);
        }
        if (closed)
            commands.Add(Command(ClosePath, 1));
    }

    private static void Delta(List<uint> commands, (int X, int Y) to, ref (int X, int Y) cursor)
    {
        commands.Add(ProtobufWriter.ZigZag(to.X - cursor.X));
        commands.Add(ProtobufWriter.ZigZag(to.Y - cursor.Y));
        cursor = to;
    }

    private static uint Command(uint id, int count) => (id & 0x7) | ((uint)count << 3);
}

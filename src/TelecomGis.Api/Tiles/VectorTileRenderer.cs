using System.Collections.Concurrent;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;
using TelecomGis.Api.Layers;

namespace TelecomGis.Api.Tiles;

/// <summary>
/// Draws a plan layer into one Mapbox Vector Tile (MVT 2.1): the features meeting the tile, cut to the tile plus a margin
/// (so strokes do not stop short at the seam), simplified to a quarter pixel, encoded by <see cref="MvtEncoder"/>.
/// A plan version never changes, so an encoded tile is kept and served again as it is, keyed by the layer instance: a carrier's view
/// of an owned layer, and the view without military and security areas (<see cref="PlanLayer.For"/>), are instances of their own,
/// so one carrier's tile is never another's, and the department's never a carrier's.
/// </summary>
public sealed class VectorTileRenderer
{
    /// <summary>Margin around the tile, as a share of its width: 1/16 of 256 px = 16 px, more than any stroke the map draws.</summary>
    private const double MarginShare = 1.0 / 16;

    /// <summary>Enough for every tile of the province to zoom 14 on every layer, bounded so a crawler cannot exhaust memory.</summary>
    private const int CacheCapacity = 50_000;

    private readonly ConcurrentDictionary<(PlanLayer Layer, TileAddress Tile), byte[]> _cache = new();

    public byte[] Render(PlanLayer layer, TileAddress tile)
    {
        if (_cache.TryGetValue((layer, tile), out var cached))
            return cached;
        var bytes = Encode(layer, tile);
        if (_cache.Count < CacheCapacity)
            _cache.TryAdd((layer, tile), bytes);
        return bytes;
    }

    private static byte[] Encode(PlanLayer layer, TileAddress tile)
    {
        var bounds = tile.Bounds();
        var margin = bounds.Width * MarginShare;
        var cut = new Envelope(bounds.MinX - margin, bounds.MaxX + margin, bounds.MinY - margin, bounds.MaxY + margin);
        var tolerance = tile.PixelDegrees / 4;

        var shown = new List<IFeature>();
        foreach (var feature in layer.Within(cut))
        {
            var geometry = Cut(feature.Geometry, cut, tolerance);
            if (geometry is null || geometry.IsEmpty)
                continue;
            shown.Add(new Feature(geometry, feature.Attributes));
        }
        return new MvtEncoder(tile).Encode(layer.Name, shown);
    }

    /// <summary>
    /// The part of a geometry the tile shows. A multi-geometry is cut part by part: Quảng Ninh's boundary has hundreds of islands,
    /// and only the few parts that cross the tile's edge need cutting; the others are kept whole or left out. Polygons are cut by
    /// <see cref="RectangleClip"/>, lines by NTS's overlay.
    /// </summary>
    private static Geometry? Cut(Geometry geometry, Envelope cut, double tolerance)
    {
        if (geometry is Point or MultiPoint)
            return geometry;
        var box = geometry.Factory.ToGeometry(cut);
        var kept = new List<Geometry>(geometry.NumGeometries);
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            var part = geometry.GetGeometryN(i);
            if (!cut.Intersects(part.EnvelopeInternal))
                continue;
            // Douglas–Peucker rather than the topology-preserving simplifier: far faster on the province's 450 kB boundary, and
            // at a quarter pixel any bow-tie it might make cannot be seen. Its "ensure valid" repair is buffer(0), which turned
            // a self-touching mainland into nothing at zooms 6–7; the rectangle clip does not mind a self-touching ring.
            var simple = new DouglasPeuckerSimplifier(part)
            {
                DistanceTolerance = tolerance,
                EnsureValidTopology = false,
            }.GetResultGeometry();
            // A small, coarse part (a 2009 commune drawn with seven vertices) can collapse under the tolerance while still
            // spanning a few pixels: keep it as it is, it is cheap; the encoder drops it if it rounds to nothing.
            if (simple.IsEmpty || simple is IPolygonal && simple.Area == 0)
                simple = part;
            if (cut.Contains(simple.EnvelopeInternal))
            {
                kept.Add(simple);
                continue;
            }
            if (simple is Polygon polygon)
            {
                if (RectangleClip.Clip(polygon, cut) is { } clipped)
                    kept.Add(clipped);
                continue;
            }
            Geometry piece;
            try
            {
                piece = simple.Intersection(box);
            }
            catch (TopologyException)
            {
                // A self-touching line from the source data: cutting the repaired shape is still the right picture.
                piece = NetTopologySuite.Geometries.Utilities.GeometryFixer.Fix(simple).Intersection(box);
            }
            for (var j = 0; j < piece.NumGeometries; j++)
            {
                var p = piece.GetGeometryN(j);
                // The overlay may return a lower dimension where a shape only touches the margin: a polygon layer keeps polygons.
                if (!p.IsEmpty && p.Dimension == geometry.Dimension)
                    kept.Add(p);
            }
        }
        return kept.Count == 0 ? null : geometry.Factory.BuildGeometry(kept);
    }
}

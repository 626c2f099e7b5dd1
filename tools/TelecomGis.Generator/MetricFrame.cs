using NetTopologySuite.Geometries;
using TelecomGis.Core.Geodesy;

namespace TelecomGis.Generator;

/// <summary>
/// Moves geometries between WGS 84 and the province's VN-2000 TM-3 metres, so that buffers, circles and spacing
/// are drawn in metres, as the appraisal measures them, and not in degrees.
/// </summary>
public sealed class MetricFrame(int epsg)
{
    public int Epsg { get; } = epsg;

    private readonly ProjectionTransform _transform = ProjectionTransform.For(epsg);
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), CrsCatalog.Wgs84);

    public Coordinate ToMetres(double lon, double lat)
    {
        var (e, n) = _transform.Forward(lon, lat);
        return new Coordinate(e, n);
    }

    public Coordinate ToMetres(Coordinate c) => ToMetres(c.X, c.Y);

    public Coordinate ToDegrees(Coordinate m)
    {
        var (lon, lat) = _transform.Inverse(m.X, m.Y);
        return new Coordinate(lon, lat);
    }

    public Geometry ToMetres(Geometry g) => Map(g, ToMetres);

    public Geometry ToDegrees(Geometry g) => Map(g, ToDegrees);

    public double DistanceM(Coordinate a, Coordinate b) => ToMetres(a).Distance(ToMetres(b));

    /// <summary>A circle of the given radius in metres, as a WGS 84 polygon.</summary>
    public Polygon Circle(Coordinate centre, double radiusM, int quadrantSegments = 8) =>
        (Polygon)ToDegrees(Factory.CreatePoint(ToMetres(centre)).Buffer(radiusM, quadrantSegments));

    /// <summary>A buffer in metres around a WGS 84 geometry.</summary>
    public Geometry Buffer(Geometry g, double distanceM, int quadrantSegments = 4) => ToDegrees(ToMetres(g).Buffer(distanceM, quadrantSegments));

    /// <summary>The point at a distance (metres) and bearing (degrees from grid north) from a WGS 84 point.</summary>
    public Coordinate Offset(Coordinate from, double distanceM, double bearingDeg)
    {
        var m = ToMetres(from);
        var a = bearingDeg * Math.PI / 180;
        return ToDegrees(new Coordinate(m.X + distanceM * Math.Sin(a), m.Y + distanceM * Math.Cos(a)));
    }

    private static Geometry Map(Geometry g, Func<Coordinate, Coordinate> map)
    {
        var copy = g.Copy();
        copy.Apply(new CoordinateMap(map));
        copy.GeometryChanged();
        return copy;
    }

    private sealed class CoordinateMap(Func<Coordinate, Coordinate> map) : ICoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var c = map(new Coordinate(seq.GetX(i), seq.GetY(i)));
            seq.SetX(i, c.X);
            seq.SetY(i, c.Y);
        }
    }
}

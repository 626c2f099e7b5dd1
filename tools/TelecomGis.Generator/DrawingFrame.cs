using NetTopologySuite.Geometries;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Generator;

/// <summary>
/// Draws synthetic shapes in metres (circles, corridors, offsets) on the province's metric frame, so that buffers and spacing
/// mean what the appraisal measures, and hands them back in WGS 84. Conversions are Core's <see cref="MetricFrame"/>.
/// </summary>
public sealed class DrawingFrame(int epsg)
{
    private readonly MetricFrame _frame = new(epsg);

    public int Epsg => _frame.Epsg;

    public Coordinate ToMetres(double lon, double lat) => _frame.ToMetric(lon, lat);

    public Coordinate ToMetres(Coordinate c) => _frame.ToMetric(c.X, c.Y);

    public Coordinate ToDegrees(Coordinate m)
    {
        var (lon, lat) = _frame.ToWgs84(m);
        return new Coordinate(lon, lat);
    }

    public Geometry ToMetres(Geometry g) => _frame.ToMetric(g);

    public Geometry ToDegrees(Geometry g) => _frame.ToWgs84(g);

    public double DistanceM(Coordinate a, Coordinate b) => ToMetres(a).Distance(ToMetres(b));

    /// <summary>A circle of the given radius in metres, as a WGS 84 polygon.</summary>
    public Polygon Circle(Coordinate centre, double radiusM, int quadrantSegments = 8) =>
        (Polygon)ToDegrees(_frame.Factory.CreatePoint(ToMetres(centre)).Buffer(radiusM, quadrantSegments));

    /// <summary>A buffer in metres around a WGS 84 geometry.</summary>
    public Geometry Buffer(Geometry g, double distanceM, int quadrantSegments = 4) =>
        ToDegrees(ToMetres(g).Buffer(distanceM, quadrantSegments));

    /// <summary>The point at a distance (metres) and bearing (degrees from grid north) from a WGS 84 point.</summary>
    public Coordinate Offset(Coordinate from, double distanceM, double bearingDeg)
    {
        var m = ToMetres(from);
        var a = bearingDeg * Math.PI / 180;
        return ToDegrees(new Coordinate(m.X + distanceM * Math.Sin(a), m.Y + distanceM * Math.Cos(a)));
    }
}

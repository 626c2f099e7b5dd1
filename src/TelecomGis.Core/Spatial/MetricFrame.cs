using NetTopologySuite.Geometries;
using TelecomGis.Core.Geodesy;

namespace TelecomGis.Core.Spatial;

/// <summary>
/// The province's VN-2000 TM-3 plane, where every distance and area of an appraisal is measured (APPRAISAL.md: planar, metres).
/// Geometries are stored in WGS 84 and projected here once, when an index is built.
/// </summary>
public sealed class MetricFrame
{
    public MetricFrame(int epsg)
    {
        Transform = ProjectionTransform.For(epsg);
        Factory = new GeometryFactory(new PrecisionModel(), epsg);
    }

    public ProjectionTransform Transform { get; }

    /// <summary>Creates metric geometries carrying the frame's EPSG code as SRID.</summary>
    public GeometryFactory Factory { get; }

    public int Epsg => Transform.Crs.Epsg;

    /// <summary>WGS 84 lon/lat to the frame's easting/northing.</summary>
    public Coordinate ToMetric(double lonDeg, double latDeg)
    {
        var (e, n) = Transform.Forward(lonDeg, latDeg);
        return new Coordinate(e, n);
    }

    public (double LonDeg, double LatDeg) ToWgs84(Coordinate metric) => Transform.Inverse(metric.X, metric.Y);

    /// <summary>A copy of a WGS 84 geometry in the frame's metres.</summary>
    public Geometry ToMetric(Geometry wgs84)
    {
        var copy = Factory.CreateGeometry(wgs84);
        copy.Apply(new ProjectingFilter(Transform, forward: true));
        copy.GeometryChanged();
        return copy;
    }

    /// <summary>A copy of a metric geometry in WGS 84 (SRID 4326).</summary>
    public Geometry ToWgs84(Geometry metric)
    {
        var copy = new GeometryFactory(new PrecisionModel(), CrsCatalog.Wgs84).CreateGeometry(metric);
        copy.Apply(new ProjectingFilter(Transform, forward: false));
        copy.GeometryChanged();
        return copy;
    }

    private sealed class ProjectingFilter(ProjectionTransform transform, bool forward) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = forward ? transform.Forward(seq.GetX(i), seq.GetY(i)) : transform.Inverse(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}

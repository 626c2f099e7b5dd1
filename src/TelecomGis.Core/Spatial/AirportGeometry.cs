using NetTopologySuite.Geometries;
using TelecomGis.Core.Planning;

namespace TelecomGis.Core.Spatial;

/// <summary>An airport's runways in the metric frame: the thresholds and centre lines the obstacle surfaces are built on.</summary>
public sealed class AirportGeometry
{
    public AirportGeometry(Airport airport, MetricFrame frame)
    {
        Airport = airport;
        Runways =
        [
            .. airport.Runways.Select(r => new RunwayGeometry(
                r,
                frame.ToMetric(r.Low.LonDeg, r.Low.LatDeg),
                frame.ToMetric(r.High.LonDeg, r.High.LatDeg)
            )),
        ];
        Reference = frame.ToMetric(airport.Location.X, airport.Location.Y);
    }

    public Airport Airport { get; }
    public IReadOnlyList<RunwayGeometry> Runways { get; }
    public Coordinate Reference { get; }
}

/// <summary>A runway's centre line between its thresholds, in metres.</summary>
public sealed record RunwayGeometry(Runway Runway, Coordinate Low, Coordinate High)
{
    public double LengthM => Low.Distance(High);

    /// <summary>Distance from a point to the centre-line segment between the thresholds.</summary>
    public double DistanceToCentreLine(Coordinate p) => NetTopologySuite.Algorithm.DistanceComputer.PointToSegment(p, Low, High);

    /// <summary>
    /// The ends of the runway strip: the runway ends extended <paramref name="extensionM"/> along the centre line (60 m for code
    /// 2–4, 30 m for code 1). The inner horizontal surface is drawn round them (APPRAISAL.md, second edition, 8).
    /// </summary>
    public (Coordinate Low, Coordinate High) StripEnds(double extensionM)
    {
        var length = LengthM;
        if (length == 0)
            return (Low, High);
        var (ux, uy) = ((High.X - Low.X) / length, (High.Y - Low.Y) / length);
        return (
            new Coordinate(Low.X - ux * extensionM, Low.Y - uy * extensionM),
            new Coordinate(High.X + ux * extensionM, High.Y + uy * extensionM)
        );
    }

    /// <summary>Distance from a point to the strip's centre line, end to end: the inner horizontal surface's arcs and tangents.</summary>
    public double DistanceToStrip(Coordinate p, double extensionM)
    {
        var (low, high) = StripEnds(extensionM);
        return NetTopologySuite.Algorithm.DistanceComputer.PointToSegment(p, low, high);
    }
}

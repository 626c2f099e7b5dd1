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

    /// <summary>Distance from a point to the centre-line segment: the inner horizontal surface is a racetrack around it.</summary>
    public double DistanceToCentreLine(Coordinate p) => NetTopologySuite.Algorithm.DistanceComputer.PointToSegment(p, Low, High);
}

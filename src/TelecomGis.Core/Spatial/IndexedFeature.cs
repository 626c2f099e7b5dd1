using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.Distance;

namespace TelecomGis.Core.Spatial;

/// <summary>
/// A feature of a layer with its geometry in the metric frame, prepared for the two questions the rules ask:
/// does it cover this point, and how far is this point from it.
/// </summary>
public sealed class IndexedFeature<T>
{
    private readonly IndexedPointInAreaLocator? _locator;
    private readonly IndexedFacetDistance? _distance;
    private readonly BoundarySegments? _boundary;
    private readonly AreaGrid? _grid;

    internal IndexedFeature(T item, Geometry metric)
    {
        Item = item;
        Metric = metric;
        if (metric is IPolygonal && !metric.IsEmpty)
        {
            // Indexed point-in-area: O(log n) per query instead of a walk around every ring.
            _locator = new IndexedPointInAreaLocator(metric);
            _boundary = new BoundarySegments(metric);
            // Settles most points with one array read; near the boundary the locator and the segments above answer.
            _grid = AreaGrid.Build(metric, _locator);
            Prepared = PreparedGeometryFactory.Prepare(metric);
        }
        else if (metric is ILineal)
        {
            _distance = new IndexedFacetDistance(metric);
        }
    }

    public T Item { get; }

    /// <summary>The geometry in the frame's metres.</summary>
    public Geometry Metric { get; }

    /// <summary>For polygonal features, the prepared geometry (for geometry-against-geometry predicates).</summary>
    public IPreparedGeometry? Prepared { get; }

    /// <summary>Inside or on the boundary (APPRAISAL.md: a point on a boundary is inside).</summary>
    public bool Covers(Coordinate p)
    {
        if (_locator is null)
            return Metric is Point pt && pt.Coordinate.Distance(p) <= Distances.ToleranceM;
        if (_grid?.Locate(p) is { } settled)
            return settled == Location.Interior;
        return Exactly(p) != Location.Exterior || NearBoundary(p, Distances.ToleranceM);
    }

    /// <summary>Inside or on the boundary (to a micrometre, <see cref="Distances.SameM"/>) without the tolerance: whether <see cref="Covers"/> held only thanks to the 5 mm.</summary>
    public bool CoversExactly(Coordinate p)
    {
        if (_locator is null)
            return Metric is Point pt && pt.Coordinate.Distance(p) <= Distances.SameM;
        if (_grid?.Locate(p) is { } settled)
            return settled == Location.Interior;
        return Exactly(p) != Location.Exterior || NearBoundary(p, Distances.SameM);
    }

    /// <summary>
    /// <see cref="Covers"/> and <see cref="CoversExactly"/> at once: a point in a cell the boundary comes near is located once, not
    /// twice (the zones that hold a site, with those that hold it only by the tolerance, are read for every appraisal).
    /// </summary>
    public (bool Covers, bool Exactly) CoversWithAndWithoutTolerance(Coordinate p)
    {
        if (_locator is null)
            return (Covers(p), CoversExactly(p));
        if (_grid?.Locate(p) is { } settled)
            return (settled == Location.Interior, settled == Location.Interior);
        if (Exactly(p) != Location.Exterior)
            return (true, true);
        // Within a micrometre of the boundary is within 5 mm of it.
        var covers = NearBoundary(p, Distances.ToleranceM);
        return (covers, covers && NearBoundary(p, Distances.SameM));
    }

    /// <summary>
    /// Inside by more than the tolerance, for a test where being inside favours the site (R01, the province): a point on the
    /// boundary or within 5 mm inside it does not count (APPRAISAL.md, second edition, 1: the 5 mm go in the direction of caution).
    /// </summary>
    public bool CoversBeyondTolerance(Coordinate p)
    {
        if (_locator is null)
            return false;
        if (_grid?.Locate(p) is { } settled)
            return settled == Location.Interior;
        return Exactly(p) == Location.Interior && !NearBoundary(p, Distances.ToleranceM);
    }

    /// <summary>The exact locator's answer, from the grid's row where it can give it (near a detailed coast it is far cheaper).</summary>
    private Location Exactly(Coordinate p) => _grid?.LocateNear(p) ?? _locator!.Locate(p);

    /// <summary>Whether the boundary passes within the tolerance, from the grid's cell where it can say, else from the segments' tree.</summary>
    private bool NearBoundary(Coordinate p, double toleranceM) => _grid?.NearBoundary(p, toleranceM) ?? _boundary!.IsWithin(p, toleranceM);

    /// <summary>Planar distance in metres; 0 inside an area.</summary>
    public double DistanceTo(Coordinate p)
    {
        if (Metric is Point pt)
            return pt.Coordinate.Distance(p);
        if (_locator is not null && (_grid?.Locate(p) ?? Exactly(p)) != Location.Exterior)
            return 0;
        if (_boundary is not null)
            return _boundary.DistanceTo(p);
        return _distance is not null ? _distance.Distance(Metric.Factory.CreatePoint(p)) : Metric.Distance(Metric.Factory.CreatePoint(p));
    }
}

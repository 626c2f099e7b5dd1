using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace TelecomGis.Core.Spatial;

/// <summary>
/// Which area of a layer holds a point, for the analyses that give every point (a post office, a site) one commune: the first
/// area, in the order of an STR-tree with NetTopologySuite's default node capacity, whose prepared geometry covers the point.
/// Built from a layer of the <see cref="PlanIndex"/>, so nothing is projected or prepared again; the tree holds envelopes only.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The commune boundaries are generalised and overlap in places (by tens of metres among the 2009 units), so for a few points
/// the order decides. This is the order the postal and coverage analyses have always used; the appraisal's R02 takes the first
/// of <see cref="SpatialLayer{T}.Covering(Coordinate)"/> (node capacity 8, a 5 mm tolerance), which can name the other commune.
/// Making the two agree would change published figures, so it is left to a decision of its own.
/// </remarks>
public sealed class AreaLocator<T>
{
    private readonly STRtree<int> _tree = new();
    private readonly IReadOnlyList<IndexedFeature<T>> _areas;

    public AreaLocator(SpatialLayer<T> layer)
    {
        _areas = layer.Features;
        for (var i = 0; i < _areas.Count; i++)
            _tree.Insert(_areas[i].Metric.EnvelopeInternal, i);
        _tree.Build();
    }

    /// <summary>The position in the layer's <see cref="SpatialLayer{T}.Features"/> of the area holding <paramref name="p"/>, or −1.</summary>
    public int IndexAt(Coordinate p)
    {
        var point = _areas.Count == 0 ? null : _areas[0].Metric.Factory.CreatePoint(p);
        foreach (var i in _tree.Query(new Envelope(p)))
        {
            var area = _areas[i];
            if (area.Prepared?.Covers(point) ?? area.Metric.Covers(point))
                return i;
        }
        return -1;
    }
}

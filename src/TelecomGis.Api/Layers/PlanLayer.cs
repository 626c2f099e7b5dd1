using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace TelecomGis.Api.Layers;

/// <summary>
/// One layer of the plan as GeoJSON features (WGS 84), with an STR-tree on their envelopes for bbox queries.
/// <see cref="IsPublic"/> layers (province, communes, zones, airports, runways) are open to anonymous callers and to OGC API – Features.
/// </summary>
public sealed class PlanLayer
{
    private readonly NetTopologySuite.Index.Strtree.STRtree<int> _index = new();

    public PlanLayer(string name, string title, bool isPublic, IReadOnlyList<IFeature> features)
    {
        Name = name;
        Title = title;
        IsPublic = isPublic;
        Features = features;
        Extent = new Envelope();
        for (var i = 0; i < features.Count; i++)
        {
            var envelope = features[i].Geometry.EnvelopeInternal;
            Extent.ExpandToInclude(envelope);
            _index.Insert(envelope, i);
        }
        _index.Build();
        ById = features
            .Select((f, i) => (Id: f.Attributes["id"]?.ToString() ?? "", i))
            .Where(x => x.Id.Length > 0)
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => features[g.First().i], StringComparer.Ordinal);
    }

    public string Name { get; }
    public string Title { get; }
    public bool IsPublic { get; }
    public IReadOnlyList<IFeature> Features { get; }
    public IReadOnlyDictionary<string, IFeature> ById { get; }

    /// <summary>The layer's bounding box, degrees.</summary>
    public Envelope Extent { get; }

    /// <summary>Features whose geometry meets the box, in layer order (so paging is stable); all of them without a box.</summary>
    public IReadOnlyList<IFeature> Within(Envelope? bbox)
    {
        if (bbox is null)
            return Features;
        var hits = _index.Query(bbox);
        var box = Features[0].Geometry.Factory.ToGeometry(bbox);
        return [.. hits.Order().Select(i => Features[i]).Where(f => f.Geometry.Intersects(box))];
    }
}

using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace TelecomGis.Api.Layers;

/// <summary>
/// One layer of the plan as GeoJSON features (WGS 84), with an STR-tree on their envelopes for bbox queries.
/// <see cref="IsPublic"/> layers (province, communes, zones, airports, runways) are open to anonymous callers and to OGC API – Features.
/// A layer with an <see cref="OwnerAttribute"/> (fiber routes) shows a carrier only the features it owns: <see cref="For"/> gives
/// each caller its view, one layer per carrier built once, so whatever is keyed by the layer (a tile cache) is keyed by carrier too.
/// Thread-safe.
/// </summary>
public sealed class PlanLayer
{
    private readonly NetTopologySuite.Index.Strtree.STRtree<int> _index = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PlanLayer> _byOwner = new(StringComparer.Ordinal);

    /// <param name="ownerAttribute">The attribute naming a feature's carrier, where carriers may see only their own features.</param>
    public PlanLayer(string name, string title, bool isPublic, IReadOnlyList<IFeature> features, string? ownerAttribute = null)
    {
        if (isPublic && ownerAttribute is not null)
            throw new ArgumentException($"Layer '{name}' cannot be public and shown to each carrier only in part.", nameof(ownerAttribute));
        Name = name;
        Title = title;
        IsPublic = isPublic;
        OwnerAttribute = ownerAttribute;
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

    /// <summary>The attribute that names a feature's carrier on a layer carriers see only their own part of; null on other layers.</summary>
    public string? OwnerAttribute { get; }
    public IReadOnlyList<IFeature> Features { get; }
    public IReadOnlyDictionary<string, IFeature> ById { get; }

    /// <summary>The layer's bounding box, degrees.</summary>
    public Envelope Extent { get; }

    /// <summary>
    /// The layer as the caller may see it: a carrier's view of an owned layer holds only that carrier's features; everyone else
    /// (the department's roles, and callers of layers without an owner) sees the layer itself. Whether the caller may see the layer
    /// at all (<see cref="IsPublic"/>) is the endpoint's check.
    /// </summary>
    public PlanLayer For(Auth.ApiUser? user)
    {
        if (OwnerAttribute is not { } owner || user is not { IsCarrier: true })
            return this;
        // A carrier's key always names its carrier (the submits policy requires the claim); without one it owns nothing.
        var carrier = user.Carrier ?? "";
        return _byOwner.GetOrAdd(carrier, c => new PlanLayer(Name, Title, IsPublic, [.. Features.Where(f => Owner(f, owner) == c)], owner));
    }

    private static string? Owner(IFeature feature, string attribute) =>
        feature.Attributes.Exists(attribute) ? feature.Attributes[attribute]?.ToString() : null;

    /// <summary>Features whose geometry meets the box, in layer order (so paging is stable); all of them without a box.</summary>
    public IReadOnlyList<IFeature> Within(Envelope? bbox)
    {
        if (bbox is null || Features.Count == 0)
            return Features;
        var hits = _index.Query(bbox);
        var box = Features[0].Geometry.Factory.ToGeometry(bbox);
        return [.. hits.Order().Select(i => Features[i]).Where(f => f.Geometry.Intersects(box))];
    }
}

using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace TelecomGis.Api.Layers;

/// <summary>
/// One layer of the plan as GeoJSON features (WGS 84), with an STR-tree on their envelopes for bbox queries.
/// <see cref="IsPublic"/> layers (province, communes, zones, airports, runways) are open to anonymous callers and to OGC API – Features.
/// A layer with an <see cref="OwnerAttribute"/> (fiber routes) shows a carrier only the features it owns, and a layer with confidential
/// features (military and security areas among the restricted areas) shows them to the department's roles only
/// (<see cref="Auth.ConfidentialAreaAccess"/>): <see cref="For"/> gives each caller its view, built once per kind of caller, so
/// whatever is keyed by the layer (a tile cache) is keyed by who may see what too. Thread-safe.
/// </summary>
public sealed class PlanLayer
{
    private readonly NetTopologySuite.Index.Strtree.STRtree<int> _index = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PlanLayer> _outsideViews = new(StringComparer.Ordinal);
    private readonly Func<IFeature, bool>? _isConfidential;

    /// <param name="ownerAttribute">The attribute naming a feature's carrier, where carriers may see only their own features.</param>
    /// <param name="isConfidential">Which features only the department's roles may see; none when null.</param>
    public PlanLayer(
        string name,
        string title,
        bool isPublic,
        IReadOnlyList<IFeature> features,
        string? ownerAttribute = null,
        Func<IFeature, bool>? isConfidential = null
    )
    {
        if (isPublic && ownerAttribute is not null)
            throw new ArgumentException($"Layer '{name}' cannot be public and shown to each carrier only in part.", nameof(ownerAttribute));
        Name = name;
        Title = title;
        IsPublic = isPublic;
        OwnerAttribute = ownerAttribute;
        // A view that holds no confidential feature need not test for them again.
        _isConfidential = isConfidential is not null && features.Any(isConfidential) ? isConfidential : null;
        if (isPublic && _isConfidential is not null)
            throw new ArgumentException($"Layer '{name}' cannot be public and hold confidential features.", nameof(isConfidential));
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
    /// The layer as the caller may see it: the department's roles see the layer itself; anyone else sees it without its
    /// confidential features, and a carrier's view of an owned layer holds only that carrier's features. Whether the caller may see
    /// the layer at all (<see cref="IsPublic"/>) is the endpoint's check.
    /// </summary>
    public PlanLayer For(Auth.ApiUser? user)
    {
        if (Auth.ConfidentialAreaAccess.Sees(user) || (_isConfidential is null && OwnerAttribute is null))
            return this;
        if (OwnerAttribute is not { } owner)
            return _outsideViews.GetOrAdd("", _ => Without(_ => false));
        // A carrier's key always names its carrier (the submits policy requires the claim); without one, or with no key, it owns
        // nothing.
        var carrier = user is { IsCarrier: true } ? user.Carrier ?? "" : "";
        return _outsideViews.GetOrAdd(carrier, c => Without(f => Owner(f, owner) != c));
    }

    /// <summary>A view of the layer without its confidential features and those <paramref name="hidden"/> names.</summary>
    private PlanLayer Without(Func<IFeature, bool> hidden) =>
        new(Name, Title, IsPublic, [.. Features.Where(f => !hidden(f) && _isConfidential?.Invoke(f) != true)], OwnerAttribute);

    private static string? Owner(IFeature feature, string attribute) =>
        feature.Attributes.Exists(attribute) ? feature.Attributes[attribute]?.ToString() : null;

    /// <summary>
    /// The whole layer (this view of it) as a GeoJSON FeatureCollection's UTF-8 bytes, written at the first ask and kept: a layer
    /// never changes once built (a new plan version builds new layers), and writing the zones' polygons again for every map that
    /// opened was a fifth of the service's time under load (issue 14, item 6).
    /// </summary>
    public byte[] GeoJsonBytes =>
        _geoJson ??= System.Text.Json.JsonSerializer.SerializeToUtf8Bytes<object>(GeoJson.Collection(Features), GeoJson.Options);

    private byte[]? _geoJson;

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

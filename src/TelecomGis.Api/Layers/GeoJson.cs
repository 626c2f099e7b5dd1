using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.IO.Converters;

namespace TelecomGis.Api.Layers;

/// <summary>Serializer settings for GeoJSON answers (RFC 7946), kept apart from the API's own JSON so the OpenAPI schemas stay plain.</summary>
public static class GeoJson
{
    public const string ContentType = "application/geo+json";

    /// <summary>The "id" attribute becomes the feature's id member.</summary>
    public static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory(false, "id") } };

    public static JsonHttpResult<object> Result(object value) => TypedResults.Json(value, Options, ContentType);

    /// <summary>Features as a FeatureCollection, in their order.</summary>
    public static NetTopologySuite.Features.FeatureCollection Collection(IEnumerable<NetTopologySuite.Features.IFeature> features)
    {
        var collection = new NetTopologySuite.Features.FeatureCollection();
        foreach (var f in features)
            collection.Add(f);
        return collection;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using NetTopologySuite.Features;
using TelecomGis.Api.Layers;

namespace TelecomGis.Api.Ogc;

/// <summary>
/// An items page: a GeoJSON FeatureCollection with the members OGC API – Features adds (numberMatched, numberReturned, timeStamp,
/// links). GeoJSON4STJ writes a bare collection, so this writes the envelope and lets it write each feature.
/// </summary>
[JsonConverter(typeof(ItemsPageConverter))]
public sealed record ItemsPage(
    FeatureCollection Features,
    int NumberMatched,
    int NumberReturned,
    DateTimeOffset TimeStamp,
    IReadOnlyList<object> Links
);

public sealed class ItemsPageConverter : JsonConverter<ItemsPage>
{
    public override ItemsPage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Items pages are only written.");

    public override void Write(Utf8JsonWriter writer, ItemsPage value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteNumber("numberMatched", value.NumberMatched);
        writer.WriteNumber("numberReturned", value.NumberReturned);
        writer.WriteString(
            "timeStamp",
            value.TimeStamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)
        );
        writer.WritePropertyName("links");
        JsonSerializer.Serialize(writer, value.Links, options);
        writer.WritePropertyName("features");
        writer.WriteStartArray();
        foreach (var f in value.Features)
            JsonSerializer.Serialize(writer, f, GeoJson.Options);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

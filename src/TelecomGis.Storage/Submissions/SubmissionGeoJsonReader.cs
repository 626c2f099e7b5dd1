using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Storage.Submissions;

/// <summary>
/// Reads a carrier's GeoJSON FeatureCollection: each feature a Point (WGS 84, lon/lat) whose properties carry the CSV's other
/// columns, named as in a CSV's header (<see cref="SubmissionColumns"/>: English or Vietnamese; others ignored). A feature that is not a point is that row's rejection; row numbers count features from 1. Features are read one at a
/// time, so a collection of more than the limit is refused at the first feature past it, without building the others.
/// </summary>
public static class SubmissionGeoJsonReader
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory(false, "id") } };

    /// <param name="stream">The GeoJSON text, UTF-8.</param>
    /// <param name="carrier">The carrier of features without a carrier property (the uploading carrier); null: such rows are rejected.</param>
    /// <param name="maxRows">More features than this refuse the file, at the first feature past it.</param>
    public static IReadOnlyList<SubmissionRow> Read(Stream stream, string? carrier = null, int maxRows = int.MaxValue)
    {
        var rows = new List<SubmissionRow>();
        var limit = new RowLimit(maxRows);
        var json = new Utf8JsonReader(Bytes(stream));
        if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
            throw SubmissionFileException.NotFeatureCollection();
        var sawFeatures = false;
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var name = json.GetString();
            json.Read();
            if (name == "type")
            {
                if (json.TokenType != JsonTokenType.String || json.GetString() != "FeatureCollection")
                    throw SubmissionFileException.NotFeatureCollection();
            }
            else if (name == "features" && json.TokenType == JsonTokenType.StartArray)
            {
                sawFeatures = true;
                while (json.Read() && json.TokenType != JsonTokenType.EndArray)
                {
                    limit.Row();
                    var feature = JsonSerializer.Deserialize<IFeature>(ref json, Options)
                        ?? throw new FormatException("A feature is null.");
                    rows.Add(Row(rows.Count + 1, feature, carrier));
                }
            }
            else
            {
                json.Skip();
            }
        }
        if (!sawFeatures)
            throw SubmissionFileException.NotFeatureCollection();
        return rows;
    }

    private static SubmissionRow Row(int number, IFeature feature, string? carrier)
    {
        var attributes = feature.Attributes;
        // Canonical name → the property that holds it, the first of each (a feature may name its properties unlike the others).
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (attributes is not null)
        {
            foreach (var value in attributes.GetValues())
                RowLimit.Cell(FieldText.Of(value));
            foreach (var name in attributes.GetNames())
            {
                if (SubmissionColumns.Canonical(name) is { } canonical)
                    properties.TryAdd(canonical, name);
            }
        }
        string? Field(string n) =>
            n switch
            {
                "lon" when feature.Geometry is Point p => p.X.ToString("R", CultureInfo.InvariantCulture),
                "lat" when feature.Geometry is Point p => p.Y.ToString("R", CultureInfo.InvariantCulture),
                _ => (properties.TryGetValue(n, out var property) ? FieldText.Of(attributes![property]) : null)
                    ?? (n == "carrier" ? carrier : null),
            };
        if (feature.Geometry is not Point)
        {
            return BatchRows.Rejected(
                number,
                Field("carrier") ?? "",
                Field("site_code") ?? "",
                "geometry",
                "Đối tượng phải là một điểm (Point), có tọa độ kinh độ, vĩ độ.",
                $"the feature must be a Point, not {feature.Geometry?.GeometryType ?? "nothing"}."
            );
        }
        return BatchRows.Parse(number, Field);
    }

    /// <summary>The whole text, without a byte-order mark: an upload is already buffered (and bounded) in memory, and its buffer is used as it is.</summary>
    private static ReadOnlySpan<byte> Bytes(Stream stream)
    {
        ReadOnlySpan<byte> bytes;
        if (stream is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            bytes = buffer.AsSpan((int)memory.Position);
        }
        else
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes = copy.GetBuffer().AsSpan(0, (int)copy.Length);
        }
        return bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
    }
}

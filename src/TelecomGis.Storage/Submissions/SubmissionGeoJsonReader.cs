using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Storage.Submissions;

/// <summary>
/// Reads a carrier's GeoJSON FeatureCollection: each feature a Point (WGS 84, lon/lat) whose properties carry the CSV's other
/// columns. A feature that is not a point is that row's rejection; row numbers count features from 1.
/// </summary>
public static class SubmissionGeoJsonReader
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory(false, "id") } };

    /// <param name="stream">The GeoJSON text, UTF-8.</param>
    /// <param name="carrier">The carrier of features without a carrier property (the uploading carrier); null: such rows are rejected.</param>
    public static IReadOnlyList<SubmissionRow> Read(Stream stream, string? carrier = null)
    {
        var collection = JsonSerializer.Deserialize<FeatureCollection>(stream, Options)
            ?? throw new FormatException("The file holds no GeoJSON FeatureCollection.");
        var rows = new List<SubmissionRow>(collection.Count);
        for (var i = 0; i < collection.Count; i++)
        {
            var feature = collection[i];
            var number = i + 1;
            var attributes = feature.Attributes;
            string? Field(string n) =>
                n switch
                {
                    "lon" when feature.Geometry is Point p => p.X.ToString("R", CultureInfo.InvariantCulture),
                    "lat" when feature.Geometry is Point p => p.Y.ToString("R", CultureInfo.InvariantCulture),
                    _ => (attributes is not null && attributes.Exists(n) ? FieldText.Of(attributes[n]) : null) ?? (n == "carrier" ? carrier : null),
                };
            if (feature.Geometry is not Point)
            {
                rows.Add(SubmissionRow.Rejected(number, Field("carrier") ?? "", Field("site_code") ?? "", "geometry",
                    "Mỗi đối tượng phải là một điểm (Point).", $"Feature {number} must be a Point, not {feature.Geometry?.GeometryType ?? "nothing"}."));
                continue;
            }
            rows.Add(SubmissionRowParser.Parse(number, Field));
        }
        return rows;
    }
}

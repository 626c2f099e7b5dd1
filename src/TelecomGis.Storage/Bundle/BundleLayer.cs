using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace TelecomGis.Storage.Bundle;

/// <summary>Reads a GeoJSON FeatureCollection into <see cref="BundleFeature"/>s; GeoJSON4STJ reads the geometries.</summary>
public static class BundleLayer
{
    private static readonly JsonSerializerOptions GeoJsonOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <param name="geometryKnownValid">The file belongs to a bundle version this build already found valid: its geometries are not checked again.</param>
    public static IReadOnlyList<BundleFeature> Parse(string file, byte[] content, bool geometryKnownValid = false)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(content);
        }
        catch (JsonException e)
        {
            throw new PlanBundleException(
                file,
                $"is not valid JSON (line {e.LineNumber + 1}): {e.Message}",
                $"không phải JSON hợp lệ (lỗi ở dòng {e.LineNumber + 1})",
                e
            );
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (
                root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("features", out var features)
                || features.ValueKind != JsonValueKind.Array
            )
                throw new PlanBundleException(
                    file,
                    "is not a GeoJSON FeatureCollection (no 'features' array)",
                    "không phải một FeatureCollection GeoJSON (không có mảng 'features')"
                );
            var result = new List<BundleFeature>(features.GetArrayLength());
            var index = 0;
            foreach (var f in features.EnumerateArray())
            {
                var properties = f.TryGetProperty("properties", out var p) ? p.Clone() : default;
                Geometry? geometry = null;
                if (f.TryGetProperty("geometry", out var g) && g.ValueKind != JsonValueKind.Null)
                {
                    try
                    {
                        geometry = g.Deserialize<Geometry>(GeoJsonOptions);
                    }
                    catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
                    {
                        var probe = new BundleFeature(file, index, properties, null);
                        throw new PlanBundleException(
                            file,
                            $"{probe.Where}: the geometry cannot be read: {e.Message}",
                            $"{probe.WhereVi}: không đọc được hình học",
                            e
                        );
                    }
                }
                result.Add(new BundleFeature(file, index, properties, geometry, geometryKnownValid));
                index++;
            }
            return result;
        }
    }
}

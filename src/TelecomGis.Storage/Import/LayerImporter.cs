using System.Globalization;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Import;

/// <summary>
/// Turns a source's features into a bundle layer's: each property filled by the <see cref="FieldMapping"/>, converted to the
/// type data/README.md fixes (with the value map first, then the Vietnamese words departments use for the layer's codes), the
/// geometry checked for type, validity and position in Vietnam. A feature with any problem is rejected whole, with the first
/// problem as its reason; the others are taken. Values are converted by <see cref="FieldValue"/>, geometries checked by
/// <see cref="LayerGeometryCheck"/>; nothing is written here (<see cref="BundleLayerImport"/> writes).
/// </summary>
public static class LayerImporter
{
    /// <param name="strict">False for a preview (see <see cref="FieldMapping.Resolve"/>).</param>
    public static ImportOutcome Convert(SourceData source, ImportLayer layer, FieldMapping mapping, bool strict = true)
    {
        var rules = mapping.Resolve(layer, source.Fields, strict);
        var features = new List<LayerFeature>();
        var rejections = new List<ImportRejection>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in source.Features)
        {
            if (TryConvert(feature, layer, rules, out var converted) is { } rejection)
            {
                rejections.Add(rejection);
                continue;
            }
            var key = converted!.SortKey;
            if (seen.TryGetValue(key, out var first))
            {
                var field = rules[layer.Key]?.From;
                rejections.Add(
                    new ImportRejection(
                        feature.Number,
                        field,
                        $"mã \"{key}\" trùng với số {first}, đã nhận trước.",
                        $"\"{key}\" repeats number {first}, already taken."
                    )
                );
                continue;
            }
            seen[key] = feature.Number;
            features.Add(converted);
        }
        return new ImportOutcome(
            layer,
            source,
            features,
            rejections,
            rules.ToDictionary(kv => kv.Key, kv => kv.Value?.From ?? (kv.Value?.Constant is { } c ? $"= {c.GetRawText()}" : null))
        );
    }

    private static ImportRejection? TryConvert(
        SourceFeature feature,
        ImportLayer layer,
        IReadOnlyDictionary<string, FieldMapping.Rule?> rules,
        out LayerFeature? converted
    )
    {
        converted = null;
        ImportRejection Reject(string? field, string vi, string en) => new(feature.Number, field, vi, en);
        if (feature.GeometryProblem is { } p)
            return Reject(p.Field, p.MessageVi, p.MessageEn);
        Geometry? geometry = null;
        // A zone without geometry is the plan's default zone (data/README.md): it covers what no drawn zone covers.
        if (feature.Geometry is null && layer != ImportLayers.Zones)
            return Reject(null, "không có hình học (tọa độ).", "it has no geometry (coordinates).");
        if (feature.Geometry is not null)
        {
            (geometry, var geometryError) = LayerGeometryCheck.Conform(feature.Geometry, layer.Geometry);
            if (geometryError is { } ge)
                return Reject(null, ge.Vi, ge.En);
        }

        var properties = new List<KeyValuePair<string, object?>>();
        foreach (var field in layer.Fields)
        {
            var rule = rules[field.Name];
            object? raw = rule switch
            {
                null => null,
                { Constant: { } c } => GeoJsonSource.Value(c),
                { From: { } from } => feature.Attributes.GetValueOrDefault(from),
                _ => null,
            };
            if (rule?.From is not null && raw is not null && rule.Values.Count > 0 && MapValue(rule, raw) is { } mapped)
                raw = GeoJsonSource.Value(mapped);
            var (value, error) = FieldValue.Convert(field, raw);
            if (error is { } e)
                return Reject(rule?.From, e.Vi, e.En);
            properties.Add(new(field.Name, value));
        }
        var key = properties.First(kv => kv.Key == layer.Key).Value;
        converted = new LayerFeature(System.Convert.ToString(key, CultureInfo.InvariantCulture)!, geometry, properties);
        return null;
    }

    /// <summary>The value map's entry for a source value: exactly (NFC, trimmed, any case), else compared without marks.</summary>
    private static JsonElement? MapValue(FieldMapping.Rule rule, object raw)
    {
        var text = (System.Convert.ToString(raw, CultureInfo.InvariantCulture) ?? "").Normalize(NormalizationForm.FormC).Trim();
        foreach (var (from, to) in rule.Values)
        {
            if (from.Equals(text, StringComparison.OrdinalIgnoreCase))
                return to;
        }
        var key = SubmissionColumns.Key(text);
        foreach (var (from, to) in rule.Values)
        {
            if (SubmissionColumns.Key(from) == key)
                return to;
        }
        return null;
    }
}

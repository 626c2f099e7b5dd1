using System.Text;
using System.Text.Json;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Storage.Import;

/// <summary>
/// How a source's attributes fill a layer's properties, as a planner writes it (the <c>--mapping</c> JSON, or the map's
/// field-mapping form):
/// <code>
/// { "fields": {
///     "id": "MA_TRAM",
///     "pole_class": { "from": "LOAI_COT", "values": { "Cột tự đứng": "A2b", "Cột dây co": "A2b" } },
///     "camouflaged": { "value": false } } }
/// </code>
/// A property the mapping leaves out is matched by name: the same name in any case, the name cut to the 10 characters a
/// Shapefile keeps (<c>requires_c</c> → <c>requires_camouflage</c>, which is how a bundle exported to Shapefile comes back),
/// or one of the layer's Vietnamese headers (<see cref="LayerField.Aliases"/>), compared without marks.
/// </summary>
public sealed class FieldMapping
{
    /// <summary>One property's rule: a source field (with a value map), or a constant.</summary>
    public sealed record Rule(string? From, IReadOnlyDictionary<string, JsonElement> Values, JsonElement? Constant);

    private readonly Dictionary<string, Rule> _rules;

    private FieldMapping(Dictionary<string, Rule> rules) => _rules = rules;

    public static FieldMapping Empty { get; } = new([]);

    public IReadOnlyDictionary<string, Rule> Rules => _rules;

    /// <summary>Reads a mapping file's JSON; a mistake in it refuses the import, naming the property.</summary>
    public static FieldMapping Parse(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ImportFileException(
                $"tệp ánh xạ trường không phải JSON hợp lệ (dòng {e.LineNumber + 1}).",
                $"the field mapping is not valid JSON (line {e.LineNumber + 1}): {e.Message}",
                e
            );
        }
        using (doc)
        {
            var root = doc.RootElement;
            var fields = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("fields", out var f) ? f : root;
            if (fields.ValueKind != JsonValueKind.Object)
                throw new ImportFileException(
                    "tệp ánh xạ trường phải là một đối tượng JSON { \"fields\": { tên trường: cột nguồn } }.",
                    "the field mapping must be a JSON object { \"fields\": { property: source field } }."
                );
            var rules = new Dictionary<string, Rule>(StringComparer.Ordinal);
            foreach (var p in fields.EnumerateObject())
                rules[p.Name] = ReadRule(p.Name, p.Value.Clone());
            return new FieldMapping(rules);
        }
    }

    private static Rule ReadRule(string property, JsonElement v)
    {
        if (v.ValueKind == JsonValueKind.String)
            return new Rule(v.GetString(), new Dictionary<string, JsonElement>(), null);
        if (v.ValueKind != JsonValueKind.Object)
            throw Bad(property);
        var from = v.TryGetProperty("from", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        JsonElement? constant = v.TryGetProperty("value", out var c) ? c : null;
        if ((from is null) == (constant is null))
            throw Bad(property);
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (v.TryGetProperty("values", out var map))
        {
            if (map.ValueKind != JsonValueKind.Object)
                throw Bad(property);
            foreach (var m in map.EnumerateObject())
                values[m.Name.Normalize(NormalizationForm.FormC).Trim()] = m.Value;
        }
        return new Rule(from, values, constant);
    }

    private static ImportFileException Bad(string property) =>
        new(
            $"tệp ánh xạ trường: \"{property}\" phải là tên cột nguồn, {{ \"from\": cột, \"values\": {{…}} }} hoặc {{ \"value\": giá trị cố định }}.",
            $"field mapping: \"{property}\" must be a source field name, {{ \"from\": field, \"values\": {{…}} }} or {{ \"value\": constant }}."
        );

    /// <summary>
    /// The rule for each of the layer's properties over this source's fields: the mapping's own, else a match by name; null
    /// where nothing fills the property. A mapping that names a field the source lacks, or leaves a required property
    /// unfilled, refuses the import and lists the source's fields.
    /// </summary>
    /// <param name="strict">
    /// False for a preview: a required property nothing fills is left unfilled (each feature is then rejected for lacking it),
    /// so that the planner sees the source's fields and can choose one.
    /// </param>
    public IReadOnlyDictionary<string, Rule?> Resolve(ImportLayer layer, IReadOnlyList<string> sourceFields, bool strict = true)
    {
        var unknown = _rules.Keys.Where(k => layer.Fields.All(f => f.Name != k)).ToList();
        if (unknown.Count > 0)
            throw new ImportFileException(
                $"tệp ánh xạ trường nêu \"{string.Join("\", \"", unknown)}\", không có trong lớp {layer.NameVi} (các trường: {string.Join(", ", layer.Fields.Select(f => f.Name))}).",
                $"the field mapping names \"{string.Join("\", \"", unknown)}\", which layer {layer.Name} lacks (its properties: {string.Join(", ", layer.Fields.Select(f => f.Name))})."
            );
        var result = new Dictionary<string, Rule?>(StringComparer.Ordinal);
        var missing = new List<LayerField>();
        foreach (var field in layer.Fields)
        {
            if (_rules.TryGetValue(field.Name, out var rule))
            {
                if (rule.From is { } from && !sourceFields.Contains(from, StringComparer.Ordinal))
                {
                    var near = sourceFields.FirstOrDefault(s => s.Equals(from, StringComparison.OrdinalIgnoreCase));
                    if (near is null)
                        throw new ImportFileException(
                            $"tệp ánh xạ trường lấy {field.LabelVi} từ cột \"{from}\", nhưng tệp nguồn không có cột này (các cột: {string.Join(", ", sourceFields)}).",
                            $"the field mapping takes {field.Name} from \"{from}\", which the source lacks (its fields: {string.Join(", ", sourceFields)})."
                        );
                    rule = rule with { From = near };
                }
                result[field.Name] = rule;
                continue;
            }
            var match = Match(field, sourceFields);
            result[field.Name] = match is null ? null : new Rule(match, new Dictionary<string, JsonElement>(), null);
            if (match is null && field.Required)
                missing.Add(field);
        }
        if (missing.Count > 0 && strict)
            throw new ImportFileException(
                $"không có cột nào cho {string.Join(", ", missing.Select(f => $"{f.LabelVi} ({f.Name})"))}; thêm vào tệp ánh xạ trường (--mapping), ví dụ {{ \"fields\": {{ \"{missing[0].Name}\": \"TÊN_CỘT\" }} }} hoặc {{ \"value\": … }}. Các cột của tệp nguồn: {string.Join(", ", sourceFields)}.",
                $"nothing fills {string.Join(", ", missing.Select(f => f.Name))}; add it to the field mapping (--mapping), e.g. {{ \"fields\": {{ \"{missing[0].Name}\": \"SOURCE_FIELD\" }} }} or {{ \"value\": … }}. The source's fields: {string.Join(", ", sourceFields)}."
            );
        return result;
    }

    /// <summary>A source field that names the property: exactly, cut to 10 characters (Shapefile), or by an alias.</summary>
    private static string? Match(LayerField field, IReadOnlyList<string> sourceFields)
    {
        var exact = sourceFields.FirstOrDefault(s => s.Equals(field.Name, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
            return exact;
        // dBASE keeps 10 characters of a field name: GDAL and ArcGIS cut "requires_camouflage" to "requires_c".
        var truncated = sourceFields.FirstOrDefault(s =>
            s.Length == 10 && field.Name.Length > 10 && field.Name.StartsWith(s, StringComparison.OrdinalIgnoreCase)
        );
        if (truncated is not null)
            return truncated;
        var keys = field.Aliases.Select(SubmissionColumns.Key).Prepend(SubmissionColumns.Key(field.Name)).ToHashSet(StringComparer.Ordinal);
        return sourceFields.FirstOrDefault(s => keys.Contains(SubmissionColumns.Key(s)));
    }
}

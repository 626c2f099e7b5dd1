using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace TelecomGis.Storage.Bundle;

/// <summary>
/// One feature of a bundle layer as read from disk, with typed accessors whose errors name the file,
/// the feature's index and id, and the property.
/// </summary>
public sealed class BundleFeature
{
    private readonly JsonElement _properties;
    private readonly bool _geometryKnownValid;

    /// <param name="geometryKnownValid">The geometry comes from a bundle version this build already found valid (<see cref="ValidatedPlans"/>).</param>
    internal BundleFeature(string file, int index, JsonElement properties, Geometry? geometry, bool geometryKnownValid = false)
    {
        File = file;
        _geometryKnownValid = geometryKnownValid;
        Index = index;
        _properties = properties;
        Geometry = geometry;
        Id =
            _properties.ValueKind == JsonValueKind.Object
            && _properties.TryGetProperty("id", out var id)
            && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
    }

    public string File { get; }
    public int Index { get; }
    public string? Id { get; }
    public Geometry? Geometry { get; }

    /// <summary>"zones.geojson feature 12 (Z-URB-07)": where a message points the reader.</summary>
    public string Where => Id is null ? $"feature {Index}" : $"feature {Index} ({Id})";

    /// <summary>The same in Vietnamese: "đối tượng 12 (Z-URB-07)".</summary>
    public string WhereVi => Id is null ? $"đối tượng {Index}" : $"đối tượng {Index} ({Id})";

    /// <summary>A property's problem, in English ("'height_m' must be a number…") and Vietnamese ("thuộc tính 'height_m' phải là số…").</summary>
    public PlanBundleException Error(string property, string problem, string problemVi) =>
        new(File, $"{Where}: '{property}' {problem}", $"{WhereVi}: thuộc tính '{property}' {problemVi}");

    /// <summary>A problem of the feature as a whole (its geometry), in both languages.</summary>
    public PlanBundleException FeatureError(string problem, string problemVi) =>
        new(File, $"{Where}: {problem}", $"{WhereVi}: {problemVi}");

    private JsonElement Required(string name)
    {
        if (_properties.ValueKind != JsonValueKind.Object || !_properties.TryGetProperty(name, out var value))
            throw Error(name, "is missing", "còn thiếu");
        return value;
    }

    private JsonElement? Optional(string name) =>
        _properties.ValueKind == JsonValueKind.Object && _properties.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
            ? v
            : null;

    public string String(string name)
    {
        var v = Required(name);
        return v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw Error(name, $"must be a string, not {Describe(v)}", $"phải là văn bản, không phải {DescribeVi(v)}");
    }

    public string? NullableString(string name)
    {
        var v = Optional(name);
        if (v is null)
            return null;
        return v.Value.ValueKind == JsonValueKind.String
            ? v.Value.GetString()
            : throw Error(
                name,
                $"must be a string or null, not {Describe(v.Value)}",
                $"phải là văn bản hoặc null, không phải {DescribeVi(v.Value)}"
            );
    }

    public double Number(string name)
    {
        var v = Required(name);
        return v.ValueKind == JsonValueKind.Number
            ? v.GetDouble()
            : throw Error(name, $"must be a number, not {Describe(v)}", $"phải là số, không phải {DescribeVi(v)}");
    }

    public double? NullableNumber(string name)
    {
        var v = Optional(name);
        if (v is null)
            return null;
        return v.Value.ValueKind == JsonValueKind.Number
            ? v.Value.GetDouble()
            : throw Error(
                name,
                $"must be a number or null, not {Describe(v.Value)}",
                $"phải là số hoặc null, không phải {DescribeVi(v.Value)}"
            );
    }

    public long Integer(string name)
    {
        var v = Required(name);
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var i)
            ? i
            : throw Error(name, $"must be an integer, not {Describe(v)}", $"phải là số nguyên, không phải {DescribeVi(v)}");
    }

    public bool Boolean(string name)
    {
        var v = Required(name);
        return v.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? v.GetBoolean()
            : throw Error(name, $"must be true or false, not {Describe(v)}", $"phải là true hoặc false, không phải {DescribeVi(v)}");
    }

    public DateOnly Date(string name) => ParseDate(name, String(name));

    public DateOnly? NullableDate(string name) => NullableString(name) is { } text ? ParseDate(name, text) : null;

    public JsonElement Array(string name)
    {
        var v = Required(name);
        return v.ValueKind == JsonValueKind.Array
            ? v
            : throw Error(name, $"must be an array, not {Describe(v)}", $"phải là mảng, không phải {DescribeVi(v)}");
    }

    /// <summary>Parses a text property with the domain's parser and turns its FormatException into a bundle error.</summary>
    public T Parse<T>(string name, Func<string, T> parse)
    {
        var text = String(name);
        try
        {
            return parse(text);
        }
        catch (FormatException e)
        {
            throw Error(name, $"has an unreadable value '{text}': {e.Message}", $"có giá trị không đọc được: '{text}'");
        }
    }

    /// <summary>The geometry, which must be present, of one of the given types, and valid (OGC).</summary>
    public T RequireGeometry<T>()
        where T : Geometry
    {
        if (Geometry is null)
            throw FeatureError("the geometry is missing", "thiếu hình học");
        if (Geometry is not T typed)
            throw FeatureError(
                $"the geometry is a {Geometry.GeometryType}, expected {typeof(T).Name}",
                $"hình học là {GeometryWords.TypeVi(Geometry.GeometryType)}, cần {GeometryWords.TypeVi(typeof(T).Name)}"
            );
        RequireValid(typed);
        return typed;
    }

    public Geometry RequireAreal()
    {
        var g = RequireGeometry<Geometry>();
        if (g is not (Polygon or MultiPolygon))
            throw FeatureError(
                $"the geometry is a {g.GeometryType}, expected Polygon or MultiPolygon",
                $"hình học là {GeometryWords.TypeVi(g.GeometryType)}, cần vùng (Polygon) hoặc tập vùng (MultiPolygon)"
            );
        return g;
    }

    private void RequireValid(Geometry g)
    {
        if (_geometryKnownValid)
            return;
        var op = new NetTopologySuite.Operation.Valid.IsValidOp(g);
        if (!op.IsValid)
            throw FeatureError(
                $"the geometry is not valid ({op.ValidationError.Message} at {op.ValidationError.Coordinate})",
                $"hình học không hợp lệ ({GeometryWords.InvalidVi(op.ValidationError)})"
            );
    }

    private DateOnly ParseDate(string name, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Error(
                name,
                $"must be an ISO 8601 date (yyyy-MM-dd), not '{text}'",
                $"phải là ngày viết theo ISO 8601 (yyyy-MM-dd), không phải '{text}'"
            );

    private static string DescribeVi(JsonElement v) =>
        v.ValueKind switch
        {
            JsonValueKind.String => $"văn bản '{v.GetString()}'",
            JsonValueKind.Null => "null (để trống)",
            _ => v.GetRawText(),
        };

    private static string Describe(JsonElement v) =>
        v.ValueKind switch
        {
            JsonValueKind.String => $"the text '{v.GetString()}'",
            JsonValueKind.Null => "null",
            _ => v.GetRawText(),
        };
}

using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using TelecomGis.Core.Geodesy;

namespace TelecomGis.Storage.Import;

/// <summary>
/// Reads a GeoJSON FeatureCollection. RFC 7946 fixes WGS 84; the pre-RFC <c>crs</c> member that GDAL still writes for other
/// systems (<c>urn:ogc:def:crs:EPSG::5899</c>) is honoured, and <c>--srs</c> overrides both. Nested property values (arrays,
/// objects) are kept as their JSON text.
/// </summary>
public static partial class GeoJsonSource
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    public static SourceData Read(byte[] content, int? srs)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(content);
        }
        catch (JsonException e)
        {
            throw new ImportFileException(
                $"tệp GeoJSON không hợp lệ (dòng {e.LineNumber + 1}).",
                $"the GeoJSON is not valid JSON (line {e.LineNumber + 1}): {e.Message}",
                e
            );
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (
                root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("features", out var list)
                || list.ValueKind != JsonValueKind.Array
            )
                throw new ImportFileException(
                    "tệp GeoJSON không phải một FeatureCollection (không có mảng 'features').",
                    "the GeoJSON is not a FeatureCollection (no 'features' array)."
                );
            var epsg = srs ?? DeclaredCrs(root) ?? CrsCatalog.Wgs84;
            var fields = new List<string>();
            var features = new List<SourceFeature>();
            var number = 0;
            foreach (var f in list.EnumerateArray())
            {
                number++;
                var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
                if (f.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in p.EnumerateObject())
                    {
                        var name = property.Name.Normalize(NormalizationForm.FormC);
                        if (!fields.Contains(name))
                            fields.Add(name);
                        attributes[name] = Value(property.Value);
                    }
                }
                Geometry? geometry = null;
                SourceProblem? problem = null;
                if (f.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object)
                {
                    try
                    {
                        geometry = SourceCrs.ToWgs84(g.Deserialize<Geometry>(Options)!, epsg);
                    }
                    catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
                    {
                        problem = new SourceProblem(
                            null,
                            "không đọc được hình học (sai cấu trúc GeoJSON).",
                            $"the geometry cannot be read: {e.Message}"
                        );
                    }
                }
                features.Add(new SourceFeature(number, attributes, geometry) { GeometryProblem = problem });
            }
            return new SourceData("GeoJSON", fields, features)
            {
                Notes = [($"hệ tọa độ: {SourceCrs.Describe(epsg)}", $"coordinate system: {SourceCrs.Describe(epsg)}")],
            };
        }
    }

    internal static object? Value(JsonElement v) =>
        v.ValueKind switch
        {
            JsonValueKind.String => v.GetString()!.Normalize(NormalizationForm.FormC),
            JsonValueKind.Number => v.TryGetInt64(out var l) ? l : v.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => v.GetRawText(),
        };

    private static int? DeclaredCrs(JsonElement root)
    {
        if (
            !root.TryGetProperty("crs", out var crs)
            || !crs.TryGetProperty("properties", out var p)
            || !p.TryGetProperty("name", out var name)
            || name.GetString() is not { } text
        )
            return null;
        if (text.Contains("CRS84", StringComparison.OrdinalIgnoreCase))
            return CrsCatalog.Wgs84;
        var m = EpsgInName().Match(text);
        if (
            m.Success
            && int.Parse(m.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture) is var code
            && SourceCrs.IsKnown(code)
        )
            return code;
        throw new ImportFileException(
            $"tệp GeoJSON khai báo hệ tọa độ \"{text}\", không phải WGS 84 hay VN-2000; dùng --srs EPSG:N nếu khai báo sai.",
            $"the GeoJSON declares the system \"{text}\", neither WGS 84 nor VN-2000; give --srs EPSG:N if the declaration is wrong."
        );
    }

    [GeneratedRegex(@"EPSG:{1,2}(?<code>[0-9]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex EpsgInName();
}

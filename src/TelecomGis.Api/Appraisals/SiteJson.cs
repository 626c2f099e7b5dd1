using System.Text.Json;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Api.Appraisals;

/// <summary>
/// One site as JSON with the CSV's column names (carrier, site_code, lon, lat or x, y, epsg, pole_class, height_m, …): numbers may
/// be JSON numbers or text (a DMS latitude is text), booleans JSON booleans or yes/no. The core's row parser does the checking.
/// </summary>
public static class SiteJson
{
    public static SubmissionRow Read(
        JsonElement site,
        int row,
        string? carrier,
        Core.Geodesy.Vn2000Transformation transformation = Core.Geodesy.Vn2000Transformation.National6960
    )
    {
        if (site.ValueKind != JsonValueKind.Object)
        {
            throw RequestValidationException.For(
                "body",
                "The body must be a JSON object with the submission's column names.",
                "Nội dung phải là một đối tượng JSON."
            );
        }
        return SubmissionRowParser.Parse(
            row,
            name => name == "carrier" && carrier is not null ? FieldOr(site, name) ?? carrier : FieldOr(site, name),
            transformation
        );
    }

    /// <summary>Reads the body of a request as one site; a body that is not JSON (or not UTF-8) is a 400 naming the body.</summary>
    public static Task<JsonElement> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken) =>
        MalformedJson.ParseAsync(request.Body, cancellationToken);

    /// <summary>Reads a body already in memory as one site; a body that is not JSON (or not UTF-8) is a 400 naming the body.</summary>
    public static JsonElement Parse(ReadOnlyMemory<byte> body) => MalformedJson.Parse(body);

    private static string? FieldOr(JsonElement site, string name)
    {
        foreach (var property in site.EnumerateObject())
        {
            if (!property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                continue;
            var value = property.Value;
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null,
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.True => "yes",
                JsonValueKind.False => "no",
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => value.GetRawText(),
            };
        }
        return null;
    }
}

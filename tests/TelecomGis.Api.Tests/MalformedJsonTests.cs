using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace TelecomGis.Api.Tests;

/// <summary>
/// Issue 14: invalid UTF-8 inside a JSON string gave a 500. Any JSON body that cannot be read (bytes that are not UTF-8, tokens that
/// are not JSON, values of the wrong type) is a 400 problem details naming the body, on a route that reads its body itself
/// (appraisals) and on routes whose body the framework binds (overrides, keys).
/// </summary>
[Collection(SharedServer.Name)]
public sealed class MalformedJsonTests(ApiServer server)
{
    /// <summary>0xC3 starts a two-byte sequence; 0x28 '(' cannot continue it.</summary>
    private static readonly byte[] InvalidUtf8 = [0xC3, 0x28];

    public static TheoryData<string, string, string> Bodies()
    {
        var data = new TheoryData<string, string, string>();
        var routes = new (string Path, string Caller, string Good)[]
        {
            ("/api/appraisals", "Viettel", """{"site_code":"@","lon":107.97826,"lat":21.53008,"pole_class":"A2b","height_m":33}"""),
            (
                "/api/submissions/{id}/overrides",
                "appraiser",
                """{"row":1,"rule_id":"R04","outcome":"pass","reason":"@ agreed in writing"}"""
            ),
            ("/api/auth/keys", "admin", """{"user_id":"@","role":"planner"}"""),
        };
        foreach (var (path, caller, good) in routes)
        {
            data.Add(path, caller, "utf8:" + good);
            data.Add(path, caller, "{ \"site_code\": tru }");
            data.Add(path, caller, "{\"row\":1,");
        }
        data.Add(
            "/api/appraisals",
            "Viettel",
            """{"site_code":"\uD800","lon":107.97826,"lat":21.53008,"pole_class":"A2b","height_m":33}"""
        );
        data.Add(
            "/api/submissions",
            "Viettel",
            "utf8:" + """{"site_code":"@","lon":107.97826,"lat":21.53008,"pole_class":"A2b","height_m":33}"""
        );
        data.Add(
            "/api/submissions/{id}/overrides",
            "appraiser",
            """{"row":"one","rule_id":"R04","outcome":"pass","reason":"agreed in writing"}"""
        );
        data.Add("/api/auth/keys", "admin", """{"user_id":["a"],"role":"planner"}""");
        return data;
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task AMalformedJsonBody_IsA400NamingTheBody(string path, string caller, string body)
    {
        var id = await server.ViettelSubmissionAsync();
        using var client = server.Client(caller, "en");
        // "utf8:" marks a body whose '@' becomes invalid UTF-8 inside a JSON string.
        var bytes = body.StartsWith("utf8:", StringComparison.Ordinal)
            ? [.. Split(body["utf8:".Length..], out var after), .. InvalidUtf8, .. after]
            : Encoding.UTF8.GetBytes(body);
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(
            path.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            content
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Requests.JsonOf(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out var messages), problem.ToString());
        Assert.Contains("JSON", messages[0].GetString(), StringComparison.Ordinal);
        using var alive = await client.GetAsync("/api/layers");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    private static byte[] Split(string body, out byte[] after)
    {
        var at = body.IndexOf('@', StringComparison.Ordinal);
        after = Encoding.UTF8.GetBytes(body[(at + 1)..]);
        return Encoding.UTF8.GetBytes(body[..at]);
    }
}

using System.Net;
using System.Text.Json;

namespace TelecomGis.Api.Tests;

/// <summary>
/// Issue 14: the OGC links followed any Host header. Absolute links (OGC API – Features, the OpenAPI document's server) name the
/// configured Api:PublicUrl, else the address the server bound; a Host header names nothing. AllowedHosts refuses other hosts.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class PublicLinkTests(ApiServer server)
{
    private static readonly string[] Documents =
    [
        "/ogc",
        "/ogc/collections",
        "/ogc/collections/communes",
        "/ogc/collections/communes/items?limit=2",
        "/openapi/v1.json",
    ];

    [Fact]
    public async Task AForgedHostHeader_DoesNotReachAnyLink_WhichNameTheBoundAddress()
    {
        var expected = server.BaseAddress.ToString().TrimEnd('/');
        using var client = server.Client();
        foreach (var path in Documents)
        {
            var (text, links) = await ReadAsync(client, path, "evil.example");
            Assert.DoesNotContain("evil.example", text, StringComparison.Ordinal);
            Assert.NotEmpty(links);
            Assert.All(links, href => Assert.StartsWith(expected + "/", href + "/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task TheConfiguredPublicUrl_IsTheBaseOfEveryLink_AndAllowedHostsRefusesOthers()
    {
        var own = await ApiServer.StartAsync(
            "--Api:PublicUrl",
            "https://gis.example.vn/telecomgis/",
            "--AllowedHosts",
            "gis.example.vn;127.0.0.1"
        );
        try
        {
            await CheckAsync(own);
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    private static async Task CheckAsync(ApiServer own)
    {
        using var client = own.Client();
        foreach (var path in Documents)
        {
            var (_, links) = await ReadAsync(client, path, null);
            Assert.All(links, href => Assert.StartsWith("https://gis.example.vn/telecomgis", href, StringComparison.Ordinal));
        }
        var (_, landing) = await ReadAsync(client, "/ogc", null);
        Assert.Contains("https://gis.example.vn/telecomgis/ogc/collections", landing);

        using var forged = new HttpRequestMessage(HttpMethod.Get, "/ogc");
        forged.Headers.Host = "evil.example";
        using var refused = await client.SendAsync(forged);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    /// <summary>The document's text and every link in it: each "href" and the OpenAPI servers' "url".</summary>
    private static async Task<(string Text, List<string> Links)> ReadAsync(HttpClient client, string path, string? host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (host is not null)
            request.Headers.Host = host;
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var links = new List<string>();
        using var document = JsonDocument.Parse(text);
        Collect(document.RootElement, links);
        return (text, links);
    }

    private static void Collect(JsonElement element, List<string> links)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                Collect(item, links);
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "href" || property.Name == "url" && property.Value.ValueKind == JsonValueKind.String)
                    links.Add(property.Value.GetString()!);
                else
                    Collect(property.Value, links);
            }
        }
    }
}

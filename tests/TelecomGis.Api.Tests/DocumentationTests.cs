using System.Net;

namespace TelecomGis.Api.Tests;

[Collection(SharedServer.Name)]
public sealed class DocumentationTests(ApiServer server)
{
    [Fact]
    public async Task TheOpenApiDocumentListsEveryEndpoint_AndTheKeySchemes()
    {
        using var client = server.Client();
        var document = await Requests.JsonOf(await client.GetAsync("/openapi/v1.json"));
        Assert.StartsWith("3.0", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (
            var path in new[]
            {
                "/api/submissions",
                "/api/submissions/{id}",
                "/api/submissions/{id}/overrides",
                "/api/submissions/{id}/decision",
                "/api/appraisals",
                "/api/plans",
                "/api/plans/{version}",
                "/api/layers",
                "/api/layers/{name}",
                "/api/auth/keys",
                "/ogc",
                "/ogc/conformance",
                "/ogc/collections",
                "/ogc/collections/{collectionId}/items",
            }
        )
        {
            Assert.Contains(path, paths);
        }
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.True(schemes.TryGetProperty("bearer", out _) && schemes.TryGetProperty("apiKey", out _));
    }

    [Fact]
    public async Task ScalarServesTheReference()
    {
        using var client = server.Client();
        using var response = await client.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.ToString());
    }
}

using System.Net;
using TelecomGis.Api.Hosting;

namespace TelecomGis.Api.Tests;

/// <summary>Issue 14's hygiene findings: no security headers, "Server: Kestrel", private answers without Cache-Control.</summary>
[Collection(SharedServer.Name)]
public sealed class SecurityHeadersTests(ApiServer server)
{
    [Fact]
    public async Task TheMapPageCarriesAPolicyOfItsOwnOrigin_AndNoServerName()
    {
        using var client = server.Client();
        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.False(response.Headers.Contains("Server"), "the server does not name itself");
    }

    [Theory]
    [InlineData("/api/map/settings")]
    [InlineData("/api/plans/nope/impact")]
    [InlineData("/ogc")]
    public async Task DataAnswersAreNeverPages(string path)
    {
        using var client = server.Client();
        using var response = await client.GetAsync(path);

        Assert.Equal(SecurityHeaders.DataPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task AnAnswerToASignedInCallerIsNotKeptInAnyCache()
    {
        using var carrier = server.Client("Viettel");
        using var response = await carrier.GetAsync("/api/submissions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Theory]
    [InlineData(null, "img-src 'self' data: blob:;")]
    [InlineData("https://tiles.example.vn/{z}/{x}/{y}.png", "img-src 'self' data: blob: https://tiles.example.vn;")]
    [InlineData("https://{a-c}.tile.example.org/{z}/{x}/{y}.png", "img-src 'self' data: blob: https://*.tile.example.org;")]
    [InlineData("not a url", "img-src 'self' data: blob:;")]
    public void TheMapMayLoadTheDeploymentsBasemapTiles(string? basemap, string expected) =>
        Assert.Contains(expected, SecurityHeaders.MapPolicy(basemap), StringComparison.Ordinal);

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var v) || response.Content.Headers.TryGetValues(name, out v) ? string.Join(", ", v) : "";
}

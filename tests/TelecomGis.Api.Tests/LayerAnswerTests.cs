using System.Net;

namespace TelecomGis.Api.Tests;

/// <summary>
/// A whole layer's GeoJSON is written once per view and kept (issue 14, item 6: the zones' polygons were written again for every
/// map that opened). The kept answer must be the answer written afresh, byte for byte, and each caller's view its own.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class LayerAnswerTests(ApiServer server)
{
    /// <summary>A box round the whole world: the layer cut to it goes through the written-afresh path and holds every feature.</summary>
    private const string Everywhere = "?bbox=-180,-90,180,90";

    [Theory]
    [InlineData(null, "zones")]
    [InlineData(null, "communes")]
    [InlineData("appraiser", "fiber-routes")]
    [InlineData("Viettel", "fiber-routes")]
    [InlineData("VNPT", "fiber-routes")]
    [InlineData("Gtel", "restricted-areas")]
    [InlineData("planner", "restricted-areas")]
    public async Task TheKeptWholeLayerIsTheLayerWrittenAfresh(string? caller, string layer)
    {
        using var client = server.Client(caller);
        var first = await BodyAsync(client, $"/api/layers/{layer}");
        var again = await BodyAsync(client, $"/api/layers/{layer}");
        var afresh = await BodyAsync(client, $"/api/layers/{layer}{Everywhere}");
        Assert.Equal(afresh, first);
        Assert.Equal(first, again);
        Assert.Contains("\"FeatureCollection\"", System.Text.Encoding.UTF8.GetString(first));
    }

    [Fact]
    public async Task EachCarrierKeepsItsOwnView()
    {
        using var viettel = server.Client("Viettel");
        using var vnpt = server.Client("VNPT");
        using var appraiser = server.Client("appraiser");
        var all = await BodyAsync(appraiser, "/api/layers/fiber-routes");
        var own = await BodyAsync(viettel, "/api/layers/fiber-routes");
        var other = await BodyAsync(vnpt, "/api/layers/fiber-routes");
        Assert.NotEqual(own, other);
        Assert.NotEqual(all, own);
        Assert.DoesNotContain("\"VNPT\"", System.Text.Encoding.UTF8.GetString(own));
    }

    private static async Task<byte[]> BodyAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }
}

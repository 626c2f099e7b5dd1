using System.Net;

namespace TelecomGis.Api.Tests;

/// <summary>What the web map asks of the server besides layers and tiles: the page itself, its settings, VN-2000 coordinates.</summary>
[Collection(SharedServer.Name)]
public sealed class MapClientTests(ApiServer server)
{
    [Fact]
    public async Task TheMapIsServedAtTheRoot_WithoutAKey()
    {
        using var client = server.Client();
        using var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("TelecomGis", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheSettingsNameTheProvinceItsSystemAndExtent()
    {
        using var client = server.Client();
        var settings = await Requests.JsonOf(await client.GetAsync("/api/map/settings"));
        Assert.Equal("Quảng Ninh", settings.GetProperty("province_name").GetString());
        Assert.Equal(5899, settings.GetProperty("epsg").GetInt32());
        var extent = settings.GetProperty("extent");
        Assert.InRange(extent[0].GetDouble(), 106, 107);
        Assert.InRange(extent[3].GetDouble(), 21.5, 22);
        Assert.False(settings.TryGetProperty("basemap_url", out _), "no basemap is configured: the map draws its own");
    }

    [Fact]
    public async Task ThePointerReadoutGivesTheReadmesVn2000Figures()
    {
        // README: 107.97826, 21.53008 → x 2381658.0127 (northing), y 523449.9869 (easting) in EPSG:5899, as PROJ's cs2cs gives.
        using var client = server.Client();
        var c = await Requests.JsonOf(await client.GetAsync("/api/map/coordinates?lon=107.97826&lat=21.53008"));
        Assert.Equal(2381658.013, c.GetProperty("x").GetDouble(), 3);
        Assert.Equal(523449.987, c.GetProperty("y").GetDouble(), 3);
        Assert.Equal(5899, c.GetProperty("epsg").GetInt32());
    }

    [Theory]
    [InlineData("lon=200&lat=21")]
    [InlineData("lon=107&lat=-95")]
    public async Task CoordinatesOutsideTheGlobeAreRefused(string query)
    {
        using var client = server.Client();
        using var response = await client.GetAsync($"/api/map/coordinates?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

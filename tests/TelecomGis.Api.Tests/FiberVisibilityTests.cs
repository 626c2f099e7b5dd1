using System.Net;

namespace TelecomGis.Api.Tests;

/// <summary>
/// Issue 14's design decision: a cable's route is a carrier's network plan, so a carrier sees its own fiber routes only — through
/// the GeoJSON layer, the vector tiles (whose cache must not hand one carrier's tile to another) and OGC API – Features (which
/// serves public layers only) — while appraisers, planners and admins see every route. Sites and planned positions stay shared.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class FiberVisibilityTests(ApiServer server)
{
    private static readonly string[] Carriers = ["Viettel", "VNPT", "MobiFone"];

    /// <summary>Tile 5/25/14 holds the whole province, 8/204/112 the view the map opens on.</summary>
    private static readonly string[] Tiles = ["5/25/14", "8/204/112"];

    [Theory]
    [InlineData("Viettel")]
    [InlineData("VNPT")]
    [InlineData("MobiFone")]
    [InlineData("Gtel")]
    public async Task ACarrierGetsItsOwnRoutesOnly_InTheLayerAndItsListing(string carrier)
    {
        var all = await OwnersAsync("appraiser", "/api/layers/fiber-routes");
        var own = await OwnersAsync(carrier, "/api/layers/fiber-routes");
        Assert.Equal(all.Count(o => o == carrier), own.Count);
        Assert.All(own, o => Assert.Equal(carrier, o));
        var inBox = await OwnersAsync(carrier, "/api/layers/fiber-routes?bbox=106.5,20.7,108.2,21.7");
        Assert.All(inBox, o => Assert.Equal(carrier, o));

        using var client = server.Client(carrier);
        var listed = (await Requests.JsonOf(await client.GetAsync("/api/layers")))
            .EnumerateArray()
            .Single(l => l.GetProperty("name").GetString() == "fiber-routes");
        Assert.Equal(own.Count, listed.GetProperty("feature_count").GetInt32());
    }

    [Theory]
    [InlineData("appraiser")]
    [InlineData("planner")]
    [InlineData("admin")]
    public async Task TheDepartmentsRolesSeeEveryCarriersRoutes(string role)
    {
        var owners = await OwnersAsync(role, "/api/layers/fiber-routes");
        Assert.Equal(Carriers.Order(), owners.Distinct().Order());
    }

    [Fact]
    public async Task SitesAndPlannedPositions_StayShared()
    {
        foreach (var layer in new[] { "sites", "planned-positions" })
        {
            var carriers = await OwnersAsync("Gtel", $"/api/layers/{layer}", "carrier");
            Assert.True(carriers.Distinct().Count() >= 2, layer);
        }
    }

    [Fact]
    public async Task TilesCarryOnlyTheCallersRoutes_WhateverTheCacheHoldsFromAnotherCarrier()
    {
        foreach (var tile in Tiles)
        {
            // The department first, then carriers in turn and again: a cache keyed by tile alone would hand on the first answer.
            var everyone = await TileOwnersAsync("appraiser", tile);
            Assert.True(everyone.Count >= 2, $"{tile}: {string.Join(",", everyone)}");
            foreach (var carrier in Carriers.Concat(Carriers.Reverse()))
            {
                var owners = await TileOwnersAsync(carrier, tile);
                Assert.All(owners, o => Assert.Equal(carrier, o));
            }
            Assert.Empty(await TileOwnersAsync("Gtel", tile));
            Assert.Equal(everyone, await TileOwnersAsync("planner", tile));
        }
        // A carrier's own routes do reach its tiles.
        Assert.Contains("Viettel", await TileOwnersAsync("Viettel", Tiles[0]));
    }

    [Theory]
    [InlineData("Viettel")]
    [InlineData("VNPT")]
    [InlineData("appraiser")]
    public async Task OgcApiFeaturesServesNoRoutes_ToAnyCaller(string caller)
    {
        using var client = server.Client(caller);
        var collections = await Requests.JsonOf(await client.GetAsync("/ogc/collections"));
        Assert.DoesNotContain(
            "fiber-routes",
            collections.GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("id").GetString())
        );
        foreach (var path in new[] { "/ogc/collections/fiber-routes", "/ogc/collections/fiber-routes/items" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    /// <summary>The owner (or another attribute) of every feature the caller gets from a layer path.</summary>
    private async Task<List<string>> OwnersAsync(string caller, string path, string attribute = "owner")
    {
        using var client = server.Client(caller);
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return
        [
            .. (await Requests.JsonOf(response))
                .GetProperty("features")
                .EnumerateArray()
                .Select(f => f.GetProperty("properties").GetProperty(attribute).GetString()!),
        ];
    }

    /// <summary>The distinct owners of the routes in a tile, as GDAL's MVT driver reads them ("owner (String) = VNPT").</summary>
    private async Task<List<string>> TileOwnersAsync(string caller, string tile)
    {
        using var client = server.Client(caller);
        var info = await VectorTileTests.OgrInfoOfTile(client, "fiber-routes", tile, "-al");
        return
        [
            .. info.Split('\n')
                .Select(l => l.Trim())
                .Where(l => l.StartsWith("owner (String) = ", StringComparison.Ordinal))
                .Select(l => l["owner (String) = ".Length..])
                .Distinct()
                .Order(StringComparer.Ordinal),
        ];
    }
}

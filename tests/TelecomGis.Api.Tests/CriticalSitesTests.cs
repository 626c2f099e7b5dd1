using System.Net;
using System.Net.Http.Json;

namespace TelecomGis.Api.Tests;

/// <summary>Storms through the API (issue 11, item 7): the critical-site export and the hazard's hours of grid outage.</summary>
[Collection(SharedServer.Name)]
public sealed class CriticalSitesTests(ApiServer server)
{
    [Fact]
    public async Task TheCriticalSitesExportAsCsvAndGeoJson_AndAnUnknownFormatIsAProblemNamingTheField()
    {
        using var client = server.Client("planner");
        var csv = await client.GetAsync("/api/analysis/critical-sites");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("site_id,carrier,code,lon,lat,backup_power_h,in_hazard,hours_down", lines[0]);

        var geojson = await client.GetAsync("/api/analysis/critical-sites?format=geojson");
        Assert.Equal(HttpStatusCode.OK, geojson.StatusCode);
        Assert.Equal("application/geo+json", geojson.Content.Headers.ContentType!.MediaType);
        var collection = await Requests.JsonOf(geojson);
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        // The bundle flags no critical site (the register does): the same count either way.
        Assert.Equal(lines.Length - 1, collection.GetProperty("features").GetArrayLength());

        var bad = await client.GetAsync("/api/analysis/critical-sites?format=shp");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await Requests.JsonOf(bad)).GetProperty("errors").TryGetProperty("format", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client("appraiser").GetAsync("/api/analysis/critical-sites")).StatusCode);
    }

    [Fact]
    public async Task HazardHoursNeedAHazardAndMustBeHours_AndWithThemTheSitesOnBackupPowerAreListed()
    {
        using var client = server.Client("planner");
        var withoutHazard = await client.PostAsJsonAsync(
            "/api/analysis/resilience",
            new { failed_site_ids = (string[])["QN-S00030"], hazard_hours = 6 }
        );
        Assert.Equal(HttpStatusCode.BadRequest, withoutHazard.StatusCode);
        Assert.True((await Requests.JsonOf(withoutHazard)).GetProperty("errors").TryGetProperty("hazard_hours", out _));
        var negative = await client.PostAsJsonAsync("/api/analysis/resilience", new { hazard = Requests.MongCaiHazard, hazard_hours = -1 });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);

        var ok = await client.PostAsJsonAsync(
            "/api/analysis/resilience",
            new
            {
                hazard = Requests.MongCaiHazard,
                hazard_hours = 0,
                resolution_m = 2000,
            }
        );
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var answer = await Requests.JsonOf(ok);
        // A hazard of no hours takes no site down: every site inside is carried, and none fails.
        Assert.Equal(0, answer.GetProperty("failed_sites").GetArrayLength());
        Assert.InRange(answer.GetProperty("sites_on_backup_power").GetArrayLength(), 30, 60);
    }
}

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
        Assert.Equal("danh-sach-tram-trong-yeu.csv", csv.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "Mã vị trí,Doanh nghiệp,Mã trạm,Kinh độ,Vĩ độ,Nguồn dự phòng (giờ),Trong vùng ảnh hưởng,Số giờ ngừng phát sóng",
            lines[0]
        );
        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/analysis/critical-sites");
        english.Headers.AcceptLanguage.ParseAdd("en");
        var en = await client.SendAsync(english);
        Assert.StartsWith(
            "site_id,carrier,code,lon,lat,backup_power_h,in_hazard,hours_down\n",
            (await en.Content.ReadAsStringAsync()).TrimStart('\uFEFF')
        );
        Assert.Equal("critical-sites.csv", en.Content.Headers.ContentDisposition!.FileNameStar);

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

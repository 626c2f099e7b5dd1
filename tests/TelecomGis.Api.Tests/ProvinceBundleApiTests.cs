using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TelecomGis.Core.Geodesy;
using TelecomGis.Storage.Tests;

namespace TelecomGis.Api.Tests;

/// <summary>
/// The service started on the shipped Hải Phòng and Vĩnh Long bundles (<c>--Plan:Bundle</c>): ready, appraising in the province, and
/// naming the VN-2000 transformation that read an X/Y site.
/// </summary>
public class ProvinceBundleApiTests
{
    [Theory]
    [InlineData("hai-phong", 106.33, 20.94, 9210)]
    [InlineData("vinh-long", 106.34, 9.93, 9209)]
    public async Task TheServiceStartsOnTheBundleAndAppraisesInItsProvince(string folder, double lon, double lat, int epsg)
    {
        var server = await ApiServer.StartAsync("--Plan:Bundle", Path.Combine(TestPaths.RepositoryRoot, "data", folder));
        try
        {
            await Check(server, lon, lat, epsg);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static async Task Check(ApiServer server, double lon, double lat, int epsg)
    {
        using var client = server.Client("Viettel");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        var byLonLat = await Appraise(
            client,
            new
            {
                site_code = "T-1",
                lon,
                lat,
                pole_class = "A2b",
                height_m = 30,
            }
        );
        // Longitude and latitude need no transformation: the answer names none.
        Assert.True(
            !byLonLat.TryGetProperty("vn2000_transformation", out var none) || none.ValueKind == JsonValueKind.Null,
            byLonLat.ToString()
        );
        var rules = byLonLat.GetProperty("appraisal").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal("pass", rules.Single(r => r.GetProperty("rule_id").GetString() == "R01").GetProperty("outcome").GetString());

        // The same place as VN-2000 X/Y in the province's zone: read through the plan's transformation, which the answer names.
        var (e, n) = ProjectionTransform.For(epsg).Forward(lon, lat);
        var byXy = await Appraise(
            client,
            new
            {
                site_code = "T-2",
                x = n,
                y = e,
                epsg = epsg.ToString(System.Globalization.CultureInfo.InvariantCulture),
                pole_class = "A2b",
                height_m = 30,
            }
        );
        Assert.Equal("EPSG:6960", byXy.GetProperty("vn2000_transformation").GetString());
        var site = byXy.GetProperty("appraisal").GetProperty("site");
        Assert.Equal(lon, site.GetProperty("lon").GetDouble(), 6);
        Assert.Equal(lat, site.GetProperty("lat").GetDouble(), 6);

        // The map's pointer readout: the province's zone, through the plan's transformation, named.
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var readout = JsonDocument
            .Parse(await client.GetStringAsync($"/api/map/coordinates?lon={lon.ToString(inv)}&lat={lat.ToString(inv)}"))
            .RootElement;
        Assert.Equal(epsg, readout.GetProperty("epsg").GetInt32());
        Assert.Equal("EPSG:6960", readout.GetProperty("vn2000_transformation").GetString());
        Assert.InRange(readout.GetProperty("x").GetDouble() - n, -0.01, 0.01);
    }

    [Fact]
    public async Task AVinhLongPlanOnEpsg5194ReadsXyAsCs2csDoesAndSaysSo()
    {
        var dir = Path.Combine(TestPaths.NewTempDir(), "vinh-long-5194");
        TelecomGis.Generator.Provinces.ProvinceInitializer.Initialize(
            TestPaths.SharedData,
            dir,
            TelecomGis.Core.Administration.VietnamProvinces.Find("86")!,
            transformation: Vn2000Transformation.MekongDelta5194
        );
        var server = await ApiServer.StartAsync("--Plan:Bundle", dir);
        try
        {
            using var client = server.Client("Viettel");
            // Trà Vinh's centre (9.93 N, 106.34 E) as cs2cs EPSG:4326 EPSG:9209 gives it, through EPSG:5194.
            var answer = await Appraise(
                client,
                new
                {
                    site_code = "TV-1",
                    x = 1098230.882,
                    y = 591914.073,
                    epsg = "9209",
                    pole_class = "A2b",
                    height_m = 30,
                }
            );
            Assert.Equal("EPSG:5194", answer.GetProperty("vn2000_transformation").GetString());
            var site = answer.GetProperty("appraisal").GetProperty("site");
            Assert.Equal(106.34, site.GetProperty("lon").GetDouble(), 6);
            Assert.Equal(9.93, site.GetProperty("lat").GetDouble(), 6);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static async Task<JsonElement> Appraise(HttpClient client, object site)
    {
        using var response = await client.PostAsJsonAsync("/api/appraisals", site);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

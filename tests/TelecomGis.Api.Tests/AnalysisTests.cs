using System.Net;
using System.Net.Http.Json;

namespace TelecomGis.Api.Tests;

/// <summary>Coverage as a long job through the API (202 + Location, progress, results as resources), and the postal and fiber figures.</summary>
[Collection(SharedServer.Name)]
public sealed class AnalysisTests(ApiServer server)
{
    [Fact]
    public async Task ACoverageRunStartsWith202AndALocation_ReportsProgress_AndServesItsResults()
    {
        using var client = server.Client("planner");
        var start = await client.PostAsJsonAsync("/api/analysis/coverage", new { resolution_m = 2000, communes_on = "2026-01-01" });
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var location = start.Headers.Location!.ToString();
        Assert.StartsWith("/api/analysis/coverage/", location);

        var state = "";
        for (var i = 0; i < 240 && state != "finished"; i++)
        {
            var status = await Requests.JsonOf(await client.GetAsync(location));
            state = status.GetProperty("state").GetString()!;
            Assert.InRange(status.GetProperty("progress").GetDouble(), 0, 1);
            if (state is "failed" or "cancelled")
                Assert.Fail($"the run ended {state}: {status}");
            if (state != "finished")
                await Task.Delay(250);
        }
        Assert.Equal("finished", state);

        var communes = await Requests.JsonOf(await client.GetAsync(location + "/communes"));
        Assert.Contains(communes.EnumerateArray(), c =>
            c.GetProperty("technology").GetString() == "4G" && c.GetProperty("carrier").GetString() == "all"
        );
        var gaps = await client.GetAsync(location + "/gaps");
        Assert.Equal("application/geo+json", gaps.Content.Headers.ContentType!.MediaType);
        var tiff = await client.GetByteArrayAsync(location + "/coverage.tif");
        Assert.Equal((byte)'I', tiff[0]);
        Assert.Equal(42, BitConverter.ToUInt16(tiff, 2));
    }

    [Fact]
    public async Task BadParametersAreAProblemAndOnlyPlannersMayStartARun()
    {
        using var planner = server.Client("planner");
        var bad = await planner.PostAsJsonAsync("/api/analysis/coverage", new { resolution_m = 1, max_radius_km = 30 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var body = await Requests.JsonOf(bad);
        var errors = body.GetProperty("errors");
        // Vietnamese first in the errors map; "problems" carries both languages.
        Assert.Equal("Cạnh ô lưới 1 m nằm ngoài khoảng 25–10.000 m.", errors.GetProperty("resolution_m")[0].GetString());
        Assert.Equal("The resolution 1 m is outside 25–10,000 m.", body.GetProperty("problems")[0].GetProperty("message_en").GetString());
        Assert.False(errors.TryGetProperty("max_radius_km", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await planner.GetAsync($"/api/analysis/coverage/{Guid.NewGuid()}")).StatusCode);
        using var carrier = server.Client("Viettel");
        Assert.Equal(HttpStatusCode.Forbidden, (await carrier.PostAsJsonAsync("/api/analysis/coverage", new { })).StatusCode);
    }

    // Issue 14: coverage parameters were not range-checked (a downtilt of 1e308 started a run).
    [Theory]
    [InlineData("downtilt_deg", "1e308")]
    [InlineData("downtilt_deg", "-1e308")]
    [InlineData("downtilt_deg", "91")]
    [InlineData("resolution_m", "1e308")]
    [InlineData("resolution_m", "-1e308")]
    [InlineData("resolution_m", "0")]
    [InlineData("max_radius_km", "1e308")]
    [InlineData("max_radius_km", "0")]
    [InlineData("max_radius_km", "-3")]
    [InlineData("rx_height_m", "1e308")]
    [InlineData("rx_height_m", "0")]
    [InlineData("rx_height_m", "-1.5")]
    [InlineData("horizontal_beamwidth_deg", "1e308")]
    [InlineData("horizontal_beamwidth_deg", "0")]
    [InlineData("horizontal_beamwidth_deg", "-65")]
    [InlineData("vertical_beamwidth_deg", "1e308")]
    [InlineData("vertical_beamwidth_deg", "0")]
    [InlineData("min_gap_area_km2", "1e308")]
    [InlineData("min_gap_area_km2", "-1")]
    public async Task ACoverageParameterOutOfRange_IsA400NamingTheField(string field, string value)
    {
        using var planner = server.Client("planner");
        using var response = await planner.PostAsync(
            "/api/analysis/coverage",
            new StringContent($$"""{"{{field}}": {{value}}}""", System.Text.Encoding.UTF8, "application/json")
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Requests.JsonOf(response)).GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));
    }

    // NaN and the infinities can reach the service only as strings (or an overflowing literal); the strict binder refuses them.
    [Theory]
    [InlineData("downtilt_deg", "\"NaN\"")]
    [InlineData("resolution_m", "\"Infinity\"")]
    [InlineData("rx_height_m", "\"-Infinity\"")]
    [InlineData("max_radius_km", "1e309")]
    [InlineData("downtilt_deg", "\"4\"")]
    public async Task ANonFiniteCoverageParameter_IsA400(string field, string value)
    {
        using var planner = server.Client("planner");
        using var response = await planner.PostAsync(
            "/api/analysis/coverage",
            new StringContent($$"""{"{{field}}": {{value}}}""", System.Text.Encoding.UTF8, "application/json")
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // The resolution of a resilience scenario was checked only when a run had to be computed: with a run named it went unchecked.
    [Theory]
    [InlineData("1e308")]
    [InlineData("-1e308")]
    [InlineData("0")]
    [InlineData("-100")]
    public async Task AResilienceResolutionOutOfRange_IsA400NamingTheField_EvenWhenARunIsNamed(string value)
    {
        using var planner = server.Client("planner");
        using var response = await planner.PostAsync(
            "/api/analysis/resilience",
            new StringContent(
                $$"""{"failed_site_ids": ["x"], "coverage_id": "{{Guid.NewGuid()}}", "resolution_m": {{value}}}""",
                System.Text.Encoding.UTF8,
                "application/json"
            )
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Requests.JsonOf(response)).GetProperty("errors").TryGetProperty("resolution_m", out _));
    }

    [Fact]
    public async Task PostalAndFiberFiguresPerCommune()
    {
        using var client = server.Client("planner");
        var postal = await Requests.JsonOf(await client.GetAsync("/api/analysis/postal?date=2026-01-01"));
        Assert.Equal(54, postal.GetArrayLength());
        Assert.All(postal.EnumerateArray(), c => Assert.True(c.GetProperty("points").GetInt32() >= 0));
        var fiber = await Requests.JsonOf(await client.GetAsync("/api/analysis/fiber?date=2026-01-01"));
        Assert.Equal(54, fiber.GetProperty("communes").GetArrayLength());
        Assert.NotEmpty(fiber.GetProperty("lengths").EnumerateArray());
    }

    // Issue 14: reachM=0 (or negative, or NaN) spun a core for ever.
    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("NaN")]
    [InlineData("1e308")]
    public async Task AFiberReachThresholdThatIsNoDistance_IsRefusedNamingTheField(string reach)
    {
        using var client = server.Client("planner");
        using var response = await client.GetAsync($"/api/analysis/fiber?reachM={reach}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Requests.JsonOf(response)).GetProperty("errors").TryGetProperty("reach_m", out _));
    }

    [Fact]
    public async Task AHazardPolygonOverMongCai_FailsTheSitesInside_AndListsTheCommunesLosingCoverage_MostPeopleFirst()
    {
        using var client = server.Client("appraiser");
        var response = await client.PostAsJsonAsync(
            "/api/analysis/resilience",
            new { hazard = Requests.MongCaiHazard, resolution_m = 2000 }
        );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await Requests.JsonOf(response);
        Assert.InRange(answer.GetProperty("failed_sites").GetArrayLength(), 30, 60);
        var communes = answer.GetProperty("communes").EnumerateArray().ToList();
        Assert.NotEmpty(communes);
        Assert.Contains(communes, c => c.GetProperty("commune").GetString()!.Contains("Móng Cái", StringComparison.Ordinal));
        var people = communes.Select(c => c.GetProperty("people_losing_coverage").GetDouble()).ToList();
        Assert.Equal(people.OrderByDescending(p => p), people);
        Assert.All(communes, c =>
            Assert.True(c.GetProperty("population_covered_after").GetDouble() <= c.GetProperty("population_covered_before").GetDouble())
        );
    }

    [Fact]
    public async Task ListedFailedSitesWork_AndAnUnknownSiteIsAProblemNamingTheField()
    {
        using var client = server.Client("planner");
        var ok = await client.PostAsJsonAsync(
            "/api/analysis/resilience",
            new { failed_site_ids = (string[])["QN-S00030"], resolution_m = 2000 }
        );
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("QN-S00030", (await Requests.JsonOf(ok)).GetProperty("failed_sites")[0].GetString());
        var unknown = await client.PostAsJsonAsync("/api/analysis/resilience", new { failed_site_ids = (string[])["QN-NOPE"] });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await Requests.JsonOf(unknown)).GetProperty("errors").TryGetProperty("failed_site_ids", out _));
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await client.PostAsJsonAsync(
                    "/api/analysis/resilience",
                    new { hazard = Requests.MongCaiHazard, coverage_id = Guid.NewGuid() }
                )
            ).StatusCode
        );
    }

    public static TheoryData<string, string> MalformedHazards() =>
        new()
        {
            {
                "a bow tie",
                """{"hazard":{"type":"Polygon","coordinates":[[[107.9,21.4],[108.0,21.5],[108.0,21.4],[107.9,21.5],[107.9,21.4]]]}}"""
            },
            { "a ring of one point", """{"hazard":{"type":"Polygon","coordinates":[[[107.9,21.5]]]}}""" },
            { "a point", """{"hazard":{"type":"Point","coordinates":[107.9,21.5]}}""" },
            { "latitude first", """{"hazard":{"type":"Polygon","coordinates":[[[21.4,107.9],[21.4,108.0],[21.5,108.0],[21.4,107.9]]]}}""" },
            { "not GeoJSON", """{"hazard":"storm"}""" },
            { "nothing", "{}" },
        };

    [Theory]
    [MemberData(nameof(MalformedHazards))]
    public async Task AMalformedHazardIsAProblemNamingTheHazardField(string what, string body)
    {
        using var client = server.Client("planner");
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/analysis/resilience", content);
        Assert.True(
            response.StatusCode == HttpStatusCode.BadRequest,
            $"{what}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}"
        );
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await Requests.JsonOf(response)).GetProperty("errors").TryGetProperty("hazard", out _), what);
    }
}

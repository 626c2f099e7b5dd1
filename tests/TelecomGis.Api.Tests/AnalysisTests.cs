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
            if (state is "failed" or "cancelled") Assert.Fail($"the run ended {state}: {status}");
            if (state != "finished") await Task.Delay(250);
        }
        Assert.Equal("finished", state);

        var communes = await Requests.JsonOf(await client.GetAsync(location + "/communes"));
        Assert.Contains(communes.EnumerateArray(), c => c.GetProperty("technology").GetString() == "4G" && c.GetProperty("carrier").GetString() == "all");
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
        var bad = await planner.PostAsJsonAsync("/api/analysis/coverage", new { resolution_m = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await planner.GetAsync($"/api/analysis/coverage/{Guid.NewGuid()}")).StatusCode);
        using var carrier = server.Client("Viettel");
        Assert.Equal(HttpStatusCode.Forbidden, (await carrier.PostAsJsonAsync("/api/analysis/coverage", new { })).StatusCode);
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
}

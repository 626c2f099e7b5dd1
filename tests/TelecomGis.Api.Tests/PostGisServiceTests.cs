using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;
using TelecomGis.Storage.Tests.Stores;

namespace TelecomGis.Api.Tests;

/// <summary>With ConnectionStrings:Postgres the service runs on PostGIS: it imports the plan, appraises, saves and reads back, and runs coverage through the store.</summary>
public sealed class PostGisServiceTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task OnPostGis_TheServiceImportsThePlan_AndKeepsASubmission()
    {
        var folder = Path.Combine(Path.GetTempPath(), "telecomgis-api-pg-" + Guid.NewGuid().ToString("N"));
        var connectionString = await postgres.NewDatabaseAsync();
        await using var app = await ApiHost.BuildAsync([
            "--urls",
            "http://127.0.0.1:0",
            "--ConnectionStrings:Postgres",
            connectionString,
            "--ApiKeys:Path",
            Path.Combine(folder, "keys.json"),
        ]);
        await app.StartAsync();
        try
        {
            var keys = app.Services.GetRequiredService<DemoCredentials>().Keys;
            using var client = new HttpClient { BaseAddress = new Uri(ApiHost.Address(app)) };
            client.DefaultRequestHeaders.Add("X-Api-Key", keys.First(k => k.User.Carrier == "Viettel").Key);

            var id = await Requests.SubmitAsync(client, Requests.MongCai33mA2b(), "pg-1");
            var detail = await Requests.JsonOf(await client.GetAsync($"/api/submissions/{id}"));
            Assert.Equal("needs_consultation", detail.GetProperty("rows")[0].GetProperty("verdict").GetString());

            using var anonymous = new HttpClient { BaseAddress = client.BaseAddress };
            using var layers = await anonymous.GetAsync("/api/layers/zones");
            Assert.Equal(HttpStatusCode.OK, layers.StatusCode);

            // A coverage run is queued in PostGIS's job table, claimed by the instance's worker, and read back from the store.
            using var planner = new HttpClient { BaseAddress = client.BaseAddress };
            planner.DefaultRequestHeaders.Add("X-Api-Key", keys.First(k => k.User.Role == "planner").Key);
            var start = await planner.PostAsJsonAsync("/api/analysis/coverage", new { resolution_m = 4000, communes_on = "2026-01-01" });
            Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
            var location = start.Headers.Location!.ToString();
            var state = "running";
            for (var i = 0; i < 600 && state == "running"; i++)
            {
                await Task.Delay(100);
                state = (await Requests.JsonOf(await planner.GetAsync(location))).GetProperty("state").GetString()!;
            }
            Assert.Equal("finished", state);
            var tiff = await planner.GetByteArrayAsync(location + "/coverage.tif");
            Assert.Equal(42, BitConverter.ToUInt16(tiff, 2));
            Assert.NotEmpty((await Requests.JsonOf(await planner.GetAsync(location + "/communes"))).EnumerateArray());
        }
        finally
        {
            await app.StopAsync();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException) { }
        }
    }
}

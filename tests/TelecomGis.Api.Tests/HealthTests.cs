using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TelecomGis.Api.Hosting;
using TelecomGis.Storage.GeoPackage;

namespace TelecomGis.Api.Tests;

/// <summary>Issue 14, operable: liveness and readiness for a balancer, anonymous, saying nothing but the state of each check.</summary>
[Collection(SharedServer.Name)]
public sealed class HealthTests(ApiServer server)
{
    [Theory]
    [InlineData("/healthz", "{\"status\":\"healthy\",\"checks\":{}}")]
    [InlineData("/readyz", "{\"status\":\"healthy\",\"checks\":{\"store\":\"healthy\"}}")]
    public async Task AServingInstanceIsLiveAndReady_ToAnyone(string path, string expected)
    {
        using var client = server.Client();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoStore, "a probe's answer is never cached");
    }

    [Fact]
    public async Task AStoreWithoutAPlanIsNotReady()
    {
        var file = Path.Combine(Path.GetTempPath(), $"health-{Guid.NewGuid():N}.gpkg");
        try
        {
            await using var empty = await GeoPackageStore.OpenAsync(file);
            var result = await new StoreHealthCheck(empty).CheckHealthAsync(new HealthCheckContext());
            Assert.Equal(HealthStatus.Unhealthy, result.Status);
            Assert.Equal("no current plan", result.Description);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AStoreThatFailsIsNotReady_AndTheReasonStaysOutOfTheAnswer()
    {
        var file = Path.Combine(Path.GetTempPath(), $"health-{Guid.NewGuid():N}.gpkg");
        await using var broken = await GeoPackageStore.OpenAsync(file);
        // The file under the store stops being a database, as a disk or a volume that went away would leave it.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await File.WriteAllBytesAsync(file, new byte[8192]);
        try
        {
            var result = await new StoreHealthCheck(broken).CheckHealthAsync(new HealthCheckContext());
            Assert.Equal(HealthStatus.Unhealthy, result.Status);
            Assert.Equal("store unavailable", result.Description);
            Assert.NotNull(result.Exception);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TelecomGis.Api.Analysis;
using TelecomGis.Storage.GeoPackage;

namespace TelecomGis.Api.Tests;

/// <summary>
/// Coverage runs through the store with several instances on one store (issue 14): a run started on one instance is read,
/// downloaded and cancelled on another, and a run whose instance stops is finished by another. The embedded store here; the
/// PostGIS cluster does the same through nginx, with kill -9, in tools/cluster-e2e.sh.
/// </summary>
public sealed class CoverageAcrossInstancesTests
{
    private static async Task<JsonElement> WaitForAsync(HttpClient client, string location, Func<JsonElement, bool> condition)
    {
        for (var i = 0; i < 1200; i++)
        {
            var status = await Requests.JsonOf(await client.GetAsync(location));
            if (condition(status))
                return status;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{location} never reached the state waited for");
    }

    private static string StateOf(JsonElement status) => status.GetProperty("state").GetString()!;

    private static string OwnerOf(ApiServer server) =>
        server.Services.GetServices<IHostedService>().OfType<CoverageWorker>().Single().Owner;

    [Fact]
    public async Task ARunStartedOnOneInstanceIsReadAndCancelledOnAnother_AndOneWhoseInstanceStopsIsFinishedByAnother()
    {
        var keysB = Path.Combine(Path.GetTempPath(), "telecomgis-keys-" + Guid.NewGuid().ToString("N") + ".json");
        var keysC = Path.Combine(Path.GetTempPath(), "telecomgis-keys-" + Guid.NewGuid().ToString("N") + ".json");
        // B only answers (it runs no job), so every run below is run by another instance than the one asked. The lease is the
        // default (30 s, renewed every 2 s): a stopped instance gives its run back without waiting for it, and a short one ran out
        // on a loaded machine while the runs held both cores (the run was then claimed a third time).
        var a = await ApiServer.StartAsync();
        var b = await ApiServer.StartAsync("--Store:Path", a.StoreFile, "--ApiKeys:Path", keysB, "--Coverage:ConcurrentRuns", "0");
        ApiServer? c = null;
        try
        {
            using var onA = a.Client("planner");
            using var onB = b.Client("planner");

            // Started on B, run by A, read and downloaded on both: the same bytes.
            var start = await onB.PostAsJsonAsync("/api/analysis/coverage", new { resolution_m = 3000, communes_on = "2026-01-01" });
            Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
            var location = start.Headers.Location!.ToString();
            var finished = await WaitForAsync(onB, location, s => StateOf(s) != "running");
            Assert.True(StateOf(finished) == "finished", finished.ToString());
            Assert.Equal(finished.GetProperty("rows").GetInt32(), finished.GetProperty("rows_done").GetInt32());
            Assert.Equal(await onA.GetStringAsync(location + "/communes"), await onB.GetStringAsync(location + "/communes"));
            var tiff = await onB.GetByteArrayAsync(location + "/coverage.tif");
            Assert.Equal(await onA.GetByteArrayAsync(location + "/coverage.tif"), tiff);
            Assert.Equal(42, BitConverter.ToUInt16(tiff, 2));
            Assert.Equal("application/geo+json", (await onB.GetAsync(location + "/gaps")).Content.Headers.ContentType!.MediaType);

            // Started on A, cancelled on B while A runs it.
            var slow = await onA.PostAsJsonAsync("/api/analysis/coverage", new { resolution_m = 50, communes_on = "2026-01-01" });
            var slowAt = slow.Headers.Location!.ToString();
            await WaitForAsync(onB, slowAt, s => s.GetProperty("rows_done").GetInt32() > 0);
            Assert.Equal(HttpStatusCode.Accepted, (await onB.DeleteAsync(slowAt)).StatusCode);
            Assert.Equal("cancelled", StateOf(await WaitForAsync(onA, slowAt, s => StateOf(s) != "running")));
            Assert.Equal(HttpStatusCode.Conflict, (await onB.GetAsync(slowAt + "/communes")).StatusCode);

            // C joins; a run is claimed by A or C, whichever holds it is stopped mid-run, and the other finishes it.
            c = await ApiServer.StartAsync("--Store:Path", a.StoreFile, "--ApiKeys:Path", keysC);
            // 100 m: preparing, computing and writing it take seconds, so the stop lands while it runs.
            var run = await onB.PostAsJsonAsync("/api/analysis/coverage", new { resolution_m = 100, communes_on = "2026-01-01" });
            var runAt = run.Headers.Location!.ToString();
            var id = Guid.Parse(runAt[(runAt.LastIndexOf('/') + 1)..]);
            // Stopped as soon as it is claimed: the first progress is written 2 s after the claim, when a 100 m run may be nearly
            // done, and then the instance would rightly finish it.
            string? owner = null;
            for (var i = 0; i < 600 && owner is null; i++)
            {
                await using (var store = await GeoPackageStore.OpenAsync(a.StoreFile))
                    owner = (await store.FindJobAsync(id))!.Owner;
                if (owner is null)
                    await Task.Delay(50);
            }
            Assert.NotNull(owner);
            var (stopped, other) = owner == OwnerOf(a) ? (a, c!) : (c!, a);
            Assert.Equal(owner, OwnerOf(stopped));
            await stopped.StopAsync();
            var taken = await WaitForAsync(onB, runAt, s => StateOf(s) != "running");
            Assert.True(StateOf(taken) == "finished", taken.ToString());
            await using (var store = await GeoPackageStore.OpenAsync(a.StoreFile))
            {
                var job = (await store.FindJobAsync(id))!;
                Assert.Equal((2, OwnerOf(other)), (job.Attempts, job.Owner));
            }
            Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync(runAt + "/coverage.tif")).StatusCode);
        }
        finally
        {
            await b.DisposeAsync();
            if (c is not null)
                await c.DisposeAsync();
            await a.DisposeAsync();
            File.Delete(keysB);
            File.Delete(keysC);
        }
    }
}

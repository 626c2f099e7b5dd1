using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.GeoPackage;
using TelecomGis.Storage.Tests;

namespace TelecomGis.Api.Tests;

/// <summary>
/// Two instances on one store, each with a key file of its own (issue 14): keys live in the store, so a key issued on one works
/// on the other at once, and an activation recorded in the store becomes current on both. The embedded store polls; the PostGIS
/// cluster (tools/cluster-e2e.sh) does the same through nginx with LISTEN/NOTIFY.
/// </summary>
public sealed class SharedStoreInstancesTests
{
    [Fact]
    public async Task AKeyIssuedOnOneInstanceWorksOnAnotherAtOnce_AndAnActivationElsewhereBecomesCurrentWithinASecond()
    {
        var a = await ApiServer.StartAsync();
        var keysB = Path.Combine(Path.GetTempPath(), "telecomgis-keys-" + Guid.NewGuid().ToString("N") + ".json");
        var b = await ApiServer.StartAsync("--Store:Path", a.StoreFile, "--ApiKeys:Path", keysB);
        try
        {
            // B has a key file of its own (its own demo keys), yet knows A's keys through the store, and A knows B's.
            Assert.NotEqual(a.KeyOf("admin"), b.KeyOf("admin"));
            using var adminA = a.Client("admin");
            var issued = await adminA.PostAsJsonAsync("/api/auth/keys", new { user_id = "nguyen.thi.c", role = "appraiser" });
            Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
            var key = (await Requests.JsonOf(issued)).GetProperty("key").GetString()!;
            using var onB = new HttpClient { BaseAddress = b.BaseAddress };
            onB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            var me = await Requests.JsonOf(await onB.GetAsync("/api/auth/me"));
            Assert.Equal("nguyen.thi.c", me.GetProperty("user_id").GetString());
            using var bAdminOnA = new HttpClient { BaseAddress = a.BaseAddress };
            bAdminOnA.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", b.KeyOf("admin"));
            Assert.Equal(HttpStatusCode.OK, (await bAdminOnA.GetAsync("/api/auth/me")).StatusCode);
            onB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key + "x");
            Assert.Equal(HttpStatusCode.Unauthorized, (await onB.GetAsync("/api/auth/me")).StatusCode);

            // Another process (here: the store opened directly) imports and activates another version: both instances take it up.
            var other = PlanBundleReader.Read(Path.Combine(TestPaths.RepositoryRoot, "data", "hai-phong"));
            await using (var store = await GeoPackageStore.OpenAsync(a.StoreFile))
            {
                await store.ImportPlanAsync(other);
                await store.ActivatePlanAsync(other.Version, "planner-elsewhere", DateTimeOffset.UtcNow);
            }
            var clock = Stopwatch.StartNew();
            foreach (var server in new[] { a, b })
            {
                using var planner = server.Client("planner");
                string? current = null;
                while (clock.Elapsed < TimeSpan.FromSeconds(15) && current != other.Version.Hash)
                {
                    var plans = await Requests.JsonOf(await planner.GetAsync("/api/plans"));
                    current = plans.EnumerateArray().Single(p => p.GetProperty("current").GetBoolean()).GetProperty("version").GetString();
                    if (current != other.Version.Hash)
                        await Task.Delay(20);
                }
                Assert.Equal(other.Version.Hash, current);
            }
            // Half a second of polling plus building Hải Phòng's index from scratch, which a loaded machine stretches to seconds; that
            // a waiting instance wakes within a second of an activation is the store contract's test (StoreContractTests.JobsKeys).
            Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));
        }
        finally
        {
            await b.DisposeAsync();
            await a.DisposeAsync();
            File.Delete(keysB);
        }
    }
}

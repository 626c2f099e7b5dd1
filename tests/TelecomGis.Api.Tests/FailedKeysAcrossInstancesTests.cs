using System.Net;

namespace TelecomGis.Api.Tests;

/// <summary>
/// Issue 14: unknown keys were counted per instance, so N instances behind a balancer allowed N times the tries. Two instances on
/// one store, 3 unknown keys per minute: the count is the store's, so the client is blocked after 3 failures wherever they fell,
/// and the other instance blocks it at its next failure there: 4 tries in all (the limit + N − 1), not 6.
/// </summary>
public sealed class FailedKeysAcrossInstancesTests
{
    [Fact]
    public async Task UnknownKeysAreCountedInTheStore_SoTwoInstancesTogetherAllowTheLimitPlusOne_NotTwiceIt()
    {
        string[] limit = ["--Auth:FailedKeyLimit", "3", "--Auth:FailedKeyWindowSeconds", "60"];
        var keysB = Path.Combine(Path.GetTempPath(), "telecomgis-keys-" + Guid.NewGuid().ToString("N") + ".json");
        var a = await ApiServer.StartAsync(limit);
        var b = await ApiServer.StartAsync(["--Store:Path", a.StoreFile, "--ApiKeys:Path", keysB, .. limit]);
        try
        {
            async Task<HttpStatusCode> MeAsync(ApiServer server, string? key)
            {
                using var client = new HttpClient { BaseAddress = server.BaseAddress };
                client.DefaultRequestHeaders.Add("X-Api-Key", key ?? "tgk_guess");
                using var response = await client.GetAsync("/api/auth/me");
                return response.StatusCode;
            }

            Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(a, null));
            Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(a, null));
            // The third failure falls on B: the store's count reaches the limit there.
            Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(b, null));
            Assert.Equal(HttpStatusCode.TooManyRequests, await MeAsync(b, a.KeyOf("admin")));
            // A learns of it at the client's next failure on A, the fourth in all; then A refuses the client too.
            Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(a, null));
            Assert.Equal(HttpStatusCode.TooManyRequests, await MeAsync(a, null));
            Assert.Equal(HttpStatusCode.TooManyRequests, await MeAsync(a, a.KeyOf("admin")));
        }
        finally
        {
            await b.DisposeAsync();
            await a.DisposeAsync();
            File.Delete(keysB);
        }
    }
}

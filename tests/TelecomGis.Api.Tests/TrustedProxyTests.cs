using System.Net;

namespace TelecomGis.Api.Tests;

/// <summary>
/// Issue 14, behind a balancer: with Api:KnownProxies naming the balancer, the failed-key limit counts the client that
/// X-Forwarded-For names; without it, the header is ignored, so a guesser cannot reset its count by writing another address.
/// </summary>
public sealed class TrustedProxyTests
{
    private static readonly string[] Limit = ["--Auth:FailedKeyLimit", "2", "--Auth:FailedKeyWindowSeconds", "60"];

    [Fact]
    public async Task BehindAKnownProxy_EachForwardedClientHasItsOwnCount()
    {
        var server = await ApiServer.StartAsync([.. Limit, "--Api:KnownProxies", "127.0.0.1"]);
        await using var _ = Stopping(server);
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(server, "203.0.113.5", "tgk_guess"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(server, "203.0.113.5", "tgk_guess"));

        // Another client behind the same balancer signs in.
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(server, "203.0.113.6", server.KeyOf("Viettel")));
    }

    [Fact]
    public async Task WithoutAKnownProxy_TheHeaderIsIgnored()
    {
        var server = await ApiServer.StartAsync(Limit);
        await using var _ = Stopping(server);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(server, "203.0.113.5", "tgk_guess"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(server, "203.0.113.7", "tgk_guess"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(server, "203.0.113.8", server.KeyOf("Viettel")));
    }

    [Fact]
    public async Task AProxyThatIsNotAnAddress_StopsTheStart()
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => ApiServer.StartAsync("--Api:KnownProxies", "balancer.local"));
        Assert.Contains("balancer.local", e.Message, StringComparison.Ordinal);
    }

    private static AsyncDisposable Stopping(ApiServer server) => new(server.DisposeAsync);

    private sealed class AsyncDisposable(Func<Task> dispose) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => new(dispose());
    }

    private static async Task<HttpStatusCode> StatusAsync(ApiServer server, string forwardedFor, string? key)
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var response = await client.GetAsync("/api/auth/me");
        return response.StatusCode;
    }
}

using System.Net;
using System.Net.Sockets;

namespace TelecomGis.Api.Tests;

/// <summary>
/// Issue 14: no rate limit on wrong keys. A server of its own allows 3 unknown keys per 2 s per client: the fourth request with a
/// key from that client is a 429 with Retry-After and a problem in the caller's language, whether its key is right or wrong, while
/// a client at another address with a right key goes on; after the window the client may try again.
/// </summary>
public sealed class FailedKeyLimitTests : IAsyncLifetime
{
    private ApiServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await ApiServer.StartAsync("--Auth:FailedKeyLimit", "3", "--Auth:FailedKeyWindowSeconds", "2");

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task AClientPastItsUnknownKeys_Gets429UntilTheWindowEnds_AndOthersAreNotAffected()
    {
        using var guesser = Client(IPAddress.Loopback, "tgk_guess", "en");
        for (var i = 0; i < 3; i++)
        {
            using var refused = await guesser.GetAsync("/api/auth/me");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using var limited = await guesser.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 2);
        var problem = await Requests.JsonOf(limited);
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains("try again", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // While blocked, a right key from the same client is refused alike: the block says nothing about keys.
        using var sameClientRightKey = Client(IPAddress.Loopback, _server.KeyOf("Viettel"), "vi");
        using var alsoLimited = await sameClientRightKey.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.TooManyRequests, alsoLimited.StatusCode);
        Assert.Contains("thử lại", (await Requests.JsonOf(alsoLimited)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Without a key the same client still reads what is public.
        using var anonymous = Client(IPAddress.Loopback, null);
        using var layers = await anonymous.GetAsync("/api/layers");
        Assert.Equal(HttpStatusCode.OK, layers.StatusCode);

        // Another address (all of 127/8 is loopback on Linux) with a right key is not affected.
        using var other = Client(IPAddress.Parse("127.0.0.2"), _server.KeyOf("VNPT"));
        using var me = await other.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);

        await Task.Delay(retryAfter.Value + TimeSpan.FromMilliseconds(300));
        using var again = await sameClientRightKey.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    /// <summary>A client whose connections leave from <paramref name="from"/>.</summary>
    private HttpClient Client(IPAddress from, string? key, string? language = null)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(from, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var client = new HttpClient(handler) { BaseAddress = _server.BaseAddress };
        if (key is not null)
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        if (language is not null)
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }
}

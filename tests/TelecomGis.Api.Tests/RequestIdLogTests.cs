using System.Text;
using System.Text.Json;

namespace TelecomGis.Api.Tests;

/// <summary>
/// Issue 14, operable: with the JSON console logs of docs/OPERATIONS.md (scopes included), every line written while a request runs
/// carries that request's id (the <c>RequestId</c> scope), the one its answer's X-Request-Id header names. The service's real
/// console logger writes into a captured console here; a wrong key makes the request log a line of its own (the authentication's).
/// </summary>
public sealed class RequestIdLogTests
{
    /// <summary>A console that keeps what is written, for any thread, and hands out whole lines.</summary>
    private sealed class CapturedConsole : TextWriter
    {
        private readonly StringBuilder _text = new();
        private readonly Lock _gate = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_gate)
                _text.Append(value);
        }

        public override void Write(string? value)
        {
            lock (_gate)
                _text.Append(value);
        }

        public string[] Lines()
        {
            lock (_gate)
                return _text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
    }

    [Fact]
    public async Task EveryLogLineOfARequest_CarriesTheIdItsAnswerNames()
    {
        var console = new CapturedConsole();
        var original = Console.Out;
        ApiServer server;
        // The console logger takes the console when the service is built; the console is given back at once.
        Console.SetOut(console);
        try
        {
            server = await ApiServer.StartAsync(
                "--Logging:Console:FormatterName",
                "json",
                "--Logging:Console:FormatterOptions:IncludeScopes",
                "true"
            );
        }
        finally
        {
            Console.SetOut(original);
        }
        try
        {
            var id = "log-test-" + Guid.NewGuid().ToString("N")[..12];
            using var client = new HttpClient { BaseAddress = server.BaseAddress };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
            request.Headers.Add("X-Api-Key", "tgk_not-a-key");
            request.Headers.Add("X-Request-Id", id);
            using var response = await client.SendAsync(request);
            Assert.Equal(id, Assert.Single(response.Headers.GetValues("X-Request-Id")));

            // The console logger writes from a queue of its own: its lines come a moment later.
            List<JsonElement> lines = [];
            for (var i = 0; i < 100 && lines.Count == 0; i++)
            {
                await Task.Delay(50);
                lines = console
                    .Lines()
                    .Where(l => l.StartsWith('{') && l.Contains(id, StringComparison.Ordinal))
                    .Select(l => JsonDocument.Parse(l).RootElement.Clone())
                    .ToList();
            }
            Assert.NotEmpty(lines);
            Assert.Contains(lines, l => l.GetProperty("Message").GetString()!.Contains("not authenticated", StringComparison.Ordinal));
            // In each, the id is the RequestId of a scope (not merely somewhere in a message).
            Assert.All(lines, l =>
                Assert.Contains(l.GetProperty("Scopes").EnumerateArray(), s =>
                    s.TryGetProperty("RequestId", out var scoped) && scoped.GetString() == id
                )
            );
            // And no line of this request lacks it: every line from the authentication of a request carries some request's id.
            var authentication = console
                .Lines()
                .Where(l => l.StartsWith('{') && l.Contains("TelecomGis.Api.Auth.ApiKeyAuthentication", StringComparison.Ordinal))
                .Select(l => JsonDocument.Parse(l).RootElement.Clone())
                .ToList();
            Assert.All(authentication, l =>
                Assert.Contains(l.GetProperty("Scopes").EnumerateArray(), s => s.TryGetProperty("RequestId", out _))
            );
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}

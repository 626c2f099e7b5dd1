using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace TelecomGis.HttpLoad;

/// <summary>
/// Closed-loop load of many clients over a mix of routes (issue 14, item 6: 200 concurrent clients for 60 s through the balancer,
/// mixed reads and writes): each client sends its next request as soon as its last one is answered, picking the route by weight —
/// appraisals (POST), a plan layer as GeoJSON, a vector tile, and dossier submissions (POST multipart, written to the store).
/// Counts every answer that is not a 2xx, and every failed connection, as an error; prints per route the count and p50/p99.
/// </summary>
public static class MixedLoad
{
    private sealed record Route(string Name, int Weight, Func<HttpClient, Task<HttpResponseMessage>> Send);

    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        var baseUrl = new Uri(options["url"]);
        if (!IPAddress.TryParse(baseUrl.Host, out var host) || !IPAddress.IsLoopback(host))
            throw new ArgumentException($"{baseUrl.Host} is not a loopback address: this tool only loads the machine it runs on.");
        var clients = int.Parse(options["clients"], CultureInfo.InvariantCulture);
        var seconds = double.Parse(options.GetValueOrDefault("seconds") ?? "60", CultureInfo.InvariantCulture);
        var warmup = double.Parse(options.GetValueOrDefault("warmup") ?? "5", CultureInfo.InvariantCulture);
        if (clients is < 1 or > 1000 || seconds is <= 0 or > 300 || warmup is < 0 or > 60)
            throw new ArgumentException("Bounded: clients 1–1000, seconds 1–300, warmup 0–60.");
        var site = File.ReadAllBytes(options["body"]);
        var dossier = File.ReadAllBytes(options["dossier"]);
        var appraiser = options["key"];
        var carrier = options["carrier-key"];
        var tile = options.GetValueOrDefault("tile") ?? "zones/10/816/450";

        Route[] routes =
        [
            new("POST /api/appraisals", 50, c => Post(c, "/api/appraisals", appraiser, Json(site))),
            new("GET /api/layers/zones", 20, c => Get(c, "/api/layers/zones", appraiser)),
            new($"GET /api/tiles/{tile}.mvt", 25, c => Get(c, $"/api/tiles/{tile}.mvt", null)),
            new("POST /api/submissions", 5, c => Post(c, "/api/submissions", carrier, Multipart(dossier))),
        ];
        using var client = new HttpClient(
            new SocketsHttpHandler
            {
                MaxConnectionsPerServer = clients,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
                UseProxy = false,
            }
        )
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };

        if (warmup > 0)
        {
            Console.WriteLine($"warm-up: {warmup:0} s with {clients} clients");
            await Run(client, routes, clients, warmup);
        }
        Console.WriteLine($"measure: {seconds:0} s with {clients} clients to {baseUrl}");
        var (samples, elapsed) = await Run(client, routes, clients, seconds);
        var errors = 0;
        foreach (var group in samples.GroupBy(s => s.Route).OrderBy(g => g.Key))
        {
            var ok = group.Where(s => s.Ok).Select(s => s.Ms).Order().ToArray();
            var failed = group.Count(s => !s.Ok);
            errors += failed;
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {routes[group.Key].Name, -42} {group.Count(), 8:N0}  errors {failed, 4}  p50 {Percentile(ok, 50), 8:0.00} ms  p99 {Percentile(ok, 99), 8:0.00} ms"
                )
            );
        }
        var all = samples.Where(s => s.Ok).Select(s => s.Ms).Order().ToArray();
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"requests {samples.Count:N0} in {elapsed:0.00} s = {samples.Count / elapsed:0} /s; errors {errors}; p50 {Percentile(all, 50):0.00} ms  p99 {Percentile(all, 99):0.00} ms  max {(all.Length > 0 ? all[^1] : double.NaN):0.00} ms"
            )
        );
        foreach (var (status, count) in samples.Where(s => !s.Ok).GroupBy(s => s.Status).Select(g => (g.Key, g.Count())))
            Console.WriteLine($"  errors with status {status}: {count}");
        return errors == 0 ? 0 : 1;
    }

    private readonly record struct Sample(int Route, bool Ok, int Status, double Ms);

    private static async Task<(List<Sample> Samples, double ElapsedS)> Run(HttpClient client, Route[] routes, int clients, double seconds)
    {
        var total = routes.Sum(r => r.Weight);
        var clock = Stopwatch.StartNew();
        var end = (long)(seconds * Stopwatch.Frequency);
        var perClient = await Task.WhenAll(
            Enumerable
                .Range(0, clients)
                .Select(n =>
                    Task.Run(async () =>
                    {
                        var samples = new List<Sample>();
                        // Each client walks the mix from its own offset, so the routes are interleaved across clients from the start.
                        for (var i = n; clock.ElapsedTicks < end; i++)
                        {
                            var pick = (int)((i * 37L) % total);
                            var route = 0;
                            while (pick >= routes[route].Weight)
                                pick -= routes[route++].Weight;
                            var started = clock.ElapsedTicks;
                            var status = 0;
                            try
                            {
                                using var response = await routes[route].Send(client);
                                await response.Content.LoadIntoBufferAsync();
                                status = (int)response.StatusCode;
                            }
                            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                            {
                                status = 0;
                            }
                            var ms = (clock.ElapsedTicks - started) * 1000.0 / Stopwatch.Frequency;
                            samples.Add(new Sample(route, status is >= 200 and < 300, status, ms));
                        }
                        return samples;
                    })
                )
        );
        return ([.. perClient.SelectMany(s => s)], clock.Elapsed.TotalSeconds);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static MultipartFormDataContent Multipart(byte[] csv)
    {
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "dossier.csv" } };
    }

    private static async Task<HttpResponseMessage> Get(HttpClient client, string path, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, string path, string key, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await client.SendAsync(request);
    }
}

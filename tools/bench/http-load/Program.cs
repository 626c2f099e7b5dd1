using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

// http-load --url http://127.0.0.1:5080/api/appraisals --key <api key> --body <json file> [--rate 500] [--seconds 30] [--warmup 5]
// Sends POSTs at a fixed rate whatever the answers take (open loop, as a department's carriers would), and measures each
// latency from the moment the request was due, not from when it was sent: a stalled server is charged for the requests it
// held up (no coordinated omission, unlike a closed-loop tool such as Debian's wrk). Loopback only, bounded in rate and time.
// http-load --url http://127.0.0.1:PORT --clients 200 --seconds 60 --key <appraiser key> --carrier-key <carrier key> --body <site json>
//           --dossier <csv>: closed-loop clients over a mix of routes (MixedLoad.cs), through a balancer or one instance.
var options = Args(args);
if (options.ContainsKey("clients"))
    return await TelecomGis.HttpLoad.MixedLoad.RunAsync(options);
var url = new Uri(options["url"]);
if (!IPAddress.TryParse(url.Host, out var host) || !IPAddress.IsLoopback(host))
    throw new ArgumentException($"{url.Host} is not a loopback address: this tool only loads the machine it runs on.");
var key = options["key"];
var body = File.ReadAllBytes(options["body"]);
var rate = double.Parse(options.GetValueOrDefault("rate") ?? "500", CultureInfo.InvariantCulture);
var seconds = double.Parse(options.GetValueOrDefault("seconds") ?? "30", CultureInfo.InvariantCulture);
var warmup = double.Parse(options.GetValueOrDefault("warmup") ?? "5", CultureInfo.InvariantCulture);
if (rate is <= 0 or > 5000 || seconds is <= 0 or > 300 || warmup is < 0 or > 60)
    throw new ArgumentException("Bounded: rate 1–5000 per second, seconds 1–300, warmup 0–60.");

using var client = new HttpClient(
    new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 256,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseProxy = false,
    }
)
{
    Timeout = TimeSpan.FromSeconds(10),
};
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

if (warmup > 0)
{
    Console.WriteLine($"warm-up: {warmup:0} s at {rate:0}/s");
    await Run(client, url, body, rate, warmup);
}
Console.WriteLine($"measure: {seconds:0} s at {rate:0}/s to {url}");
var toolCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var (latencies, failures, elapsed) = await Run(client, url, body, rate, seconds);
var toolCpu = Process.GetCurrentProcess().TotalProcessorTime - toolCpuBefore;
Array.Sort(latencies);
double Percentile(double p) =>
    latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p / 100 * latencies.Length) - 1)];
Console.WriteLine(
    string.Create(
        CultureInfo.InvariantCulture,
        $"requests {latencies.Length + failures:N0} in {elapsed:0.00} s = {(latencies.Length + failures) / elapsed:0} /s; ok {latencies.Length:N0}, failed {failures}"
    )
);
Console.WriteLine(
    string.Create(
        CultureInfo.InvariantCulture,
        $"latency ms (from due time): p50 {Percentile(50):0.00}  p90 {Percentile(90):0.00}  p99 {Percentile(99):0.00}  p99.9 {Percentile(99.9):0.00}  max {(latencies.Length > 0 ? latencies[^1] : double.NaN):0.00}"
    )
);

// The tool shares the machine with the server: say how much of it the tool itself took.
Console.WriteLine(
    string.Create(
        CultureInfo.InvariantCulture,
        $"load tool CPU: {toolCpu.TotalSeconds:0.0} s over {elapsed:0.0} s ({toolCpu.TotalSeconds / elapsed:0.00} cores)"
    )
);
return failures == 0 ? 0 : 1;

static async Task<(double[] LatenciesMs, int Failures, double ElapsedS)> Run(
    HttpClient client,
    Uri url,
    byte[] body,
    double rate,
    double seconds
)
{
    var count = (int)(rate * seconds);
    var latencies = new double[count];
    var ok = new bool[count];
    var pending = new Task[count];
    var clock = Stopwatch.StartNew();
    var ticksPerRequest = Stopwatch.Frequency / rate;
    // The schedule runs on its own thread, waking at each request's tick (DueTimeWait: a timed sleep, not a spin).
    var scheduler = new Thread(() =>
    {
        for (var i = 0; i < count; i++)
        {
            var due = (long)(i * ticksPerRequest);
            TelecomGis.HttpLoad.DueTimeWait.Until(clock, due);
            var index = i;
            pending[i] = Task.Run(async () =>
            {
                try
                {
                    using var content = new ByteArrayContent(body);
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                    using var response = await client.PostAsync(url, content);
                    await response.Content.LoadIntoBufferAsync();
                    ok[index] = response.StatusCode == HttpStatusCode.OK;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    ok[index] = false;
                }
                latencies[index] = (clock.ElapsedTicks - due) * 1000.0 / Stopwatch.Frequency;
            });
        }
    })
    {
        IsBackground = true,
        Priority = ThreadPriority.AboveNormal,
    };
    scheduler.Start();
    scheduler.Join();
    await Task.WhenAll(pending);
    var elapsed = clock.Elapsed.TotalSeconds;
    var measured = latencies.Where((_, i) => ok[i]).ToArray();
    return (measured, count - measured.Length, elapsed);
}

static Dictionary<string, string> Args(string[] args)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal))
            throw new ArgumentException($"Expected --name value, got '{args[i]}'.");
        result[args[i][2..]] = args[i + 1];
    }
    foreach (var required in new[] { "url", "key", "body" })
        if (!result.ContainsKey(required))
            throw new ArgumentException($"--{required} is required.");
    return result;
}

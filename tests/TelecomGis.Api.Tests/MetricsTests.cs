using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using TelecomGis.Api.Hosting;

namespace TelecomGis.Api.Tests;

/// <summary>Issue 14, operable: the service counts the sites it appraises by verdict, reports its coverage queue, and each request's latency is measured.</summary>
[Collection(SharedServer.Name)]
public sealed class MetricsTests(ApiServer server)
{
    [Fact]
    public async Task EveryAppraisalIsCountedByItsVerdict_AndTheCoverageQueueIsObserved()
    {
        var counted = new ConcurrentDictionary<string, long>();
        var gauges = new ConcurrentBag<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name is ServiceMetrics.MeterName || instrument.Name == "http.server.request.duration")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>(
            (instrument, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "verdict")
                        counted.AddOrUpdate((string)tag.Value!, value, (_, n) => n + value);
                }
            }
        );
        listener.SetMeasurementEventCallback<int>((instrument, _, _, _) => gauges.Add(instrument.Name));
        // Request latency: ASP.NET Core's own histogram, in seconds, which MetricsExport exports beside the service's meter.
        var latencies = new ConcurrentBag<(string Route, double Seconds)>();
        listener.SetMeasurementEventCallback<double>(
            (instrument, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "http.route")
                        latencies.Add(((string)tag.Value!, value));
                }
            }
        );
        listener.Start();

        using var client = server.Client("Viettel");
        using var response = await client.PostAsJsonAsync("/api/appraisals", Requests.MongCai33mA2b());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        listener.RecordObservableInstruments();

        // Counted under the verdict it was given (on the shared server, earlier tests' proposals nearby decide which one).
        var verdict = (await Requests.JsonOf(response)).GetProperty("appraisal").GetProperty("verdict").GetString()!;
        Assert.True(counted.GetValueOrDefault(verdict) >= 1, string.Join(", ", counted));
        Assert.Contains("telecomgis.coverage.jobs.running", gauges);
        // The duration is recorded when the request ends on the server, which may be just after the client has the answer.
        for (var wait = 0; wait < 50 && !latencies.Any(l => l.Route == "/api/appraisals"); wait++)
            await Task.Delay(100);
        Assert.Contains(latencies, l => l.Route == "/api/appraisals" && l.Seconds is > 0 and < 60);
    }

    [Fact]
    public async Task AnExportEndpointThatIsNotAUrl_StopsTheStart()
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => ApiServer.StartAsync("--Metrics:OtlpEndpoint", "collector"));
        Assert.Contains("Metrics:OtlpEndpoint", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAnExportEndpoint_TheServiceStartsAndServes()
    {
        // Nothing listens there: the exporter retries in the background, and the service serves regardless.
        var exporting = await ApiServer.StartAsync("--Metrics:OtlpEndpoint", "http://127.0.0.1:9");
        try
        {
            using var client = exporting.Client();
            using var ready = await client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
        finally
        {
            await exporting.DisposeAsync();
        }
    }
}

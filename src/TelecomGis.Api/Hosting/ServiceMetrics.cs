using System.Diagnostics.Metrics;
using TelecomGis.Core.Appraisal;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// The service's own measurements, beside ASP.NET Core's request duration (<c>http.server.request.duration</c>): sites appraised
/// (by verdict: rate it for appraisals per second) and coverage runs at work (the job queue). Exported over OTLP when
/// <c>Metrics:OtlpEndpoint</c> is set (docs/OPERATIONS.md); any <see cref="MeterListener"/> reads them in process.
/// </summary>
public sealed class ServiceMetrics
{
    public const string MeterName = "TelecomGis.Api";

    private readonly Counter<long> _appraisals;

    public ServiceMetrics(IMeterFactory meters, Analysis.CoverageJobs coverage)
    {
        var meter = meters.Create(MeterName);
        _appraisals = meter.CreateCounter<long>("telecomgis.appraisals", unit: "{site}", description: "Sites appraised, by verdict.");
        meter.CreateObservableGauge(
            "telecomgis.coverage.jobs.running",
            () => coverage.OpenJobs,
            unit: "{job}",
            description: "Coverage runs queued or running in the store (the whole deployment's queue), as this instance last read it."
        );
    }

    public void Appraised(AppraisalResult result) =>
        _appraisals.Add(1, new KeyValuePair<string, object?>("verdict", result.Verdict.Code()));
}

using OpenTelemetry.Metrics;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// Where the metrics go: with <c>Metrics:OtlpEndpoint</c> (e.g. http://collector:4317) the service exports its own meter
/// (<see cref="ServiceMetrics"/>), ASP.NET Core's request durations and Kestrel's connections over OTLP to an OpenTelemetry
/// collector (Prometheus, Grafana, …); without it nothing is exported and nothing is collected.
/// </summary>
public static class MetricsExport
{
    public const string Setting = "Metrics:OtlpEndpoint";

    public static IServiceCollection AddServiceMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[Setting] is not { Length: > 0 } endpoint)
            return services;
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
            throw new InvalidOperationException($"{Setting}: '{endpoint}' is not an absolute URL.");
        services
            .AddOpenTelemetry()
            .WithMetrics(metrics =>
                metrics
                    .AddMeter(ServiceMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
                    .AddOtlpExporter(o => o.Endpoint = uri)
            );
        return services;
    }
}

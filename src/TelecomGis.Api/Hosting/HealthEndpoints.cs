using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// What a load balancer or an orchestrator asks: /healthz (the process answers: liveness) and /readyz (the store answers and
/// a plan is current: send it traffic). Both anonymous, both tiny, neither says more than healthy or not and why in one word.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>The tag of the checks /readyz runs; /healthz runs none.</summary>
    public const string Ready = "ready";

    public static IServiceCollection AddServiceHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .WithTags("Health")
            .WithSummary("Liveness: 200 while the process serves requests.");
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync })
            .WithTags("Health")
            .WithSummary("Readiness: 200 when the store answers and a plan is current, else 503.");
        return app;
    }

    /// <summary>{"status":"healthy","checks":{"store":"healthy"}}: the check's name and state, never an exception's text or a path.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        var body = new { status = Word(report.Status), checks = report.Entries.ToDictionary(e => e.Key, e => Word(e.Value.Status)) };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private static string Word(HealthStatus status) =>
        status switch
        {
            HealthStatus.Healthy => "healthy",
            HealthStatus.Degraded => "degraded",
            _ => "unhealthy",
        };
}

using Microsoft.Extensions.Diagnostics.HealthChecks;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// Ready when the store answers a query within the check's time and names a current plan: an instance whose database is
/// unreachable, or a store without a plan, would answer every appraisal with an error.
/// </summary>
public sealed class StoreHealthCheck(IAppraisalStore store) : IHealthCheck
{
    /// <summary>Longer than a healthy store ever takes; a balancer's probe usually waits a few seconds.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limit);
        try
        {
            return await store.CurrentPlanVersionAsync(timeout.Token) is null
                ? HealthCheckResult.Unhealthy("no current plan")
                : HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The reason stays in the server's log (the health middleware logs it), not in the answer.
            return HealthCheckResult.Unhealthy("store unavailable", e);
        }
    }
}

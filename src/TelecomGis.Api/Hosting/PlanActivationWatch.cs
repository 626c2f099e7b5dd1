using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// Follows activations made by other instances on the same store (issue 14): each time the store says a version may have been
/// activated (PostgreSQL NOTIFY at once, the embedded store every half second, and a reread every few seconds whatever happens), it
/// reads the current version and, when it differs, loads it and makes it current here, so an activation takes effect on every
/// instance within a second. A load that fails is tried again on the next round.
/// </summary>
public sealed partial class PlanActivationWatch(IAppraisalStore store, LoadedPlans plans, ILogger<PlanActivationWatch> log) : BackgroundService
{
    /// <summary>The longest wait between two reads of the current version, even when no notice comes.</summary>
    private static readonly TimeSpan Reread = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await store.WaitForPlanActivationAsync(Reread, stoppingToken);
                if (await store.CurrentPlanVersionAsync(stoppingToken) is { } version && version != plans.Current.Plan.Version)
                {
                    if (await plans.AdoptAsync(version, stoppingToken))
                        Adopted(log, version.Short);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The store unreachable for a moment: the next round tries again.
                Unreachable(log, e);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan version {Version} activated elsewhere is now current here.")]
    private static partial void Adopted(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not follow plan activations; trying again.")]
    private static partial void Unreachable(ILogger logger, Exception exception);
}

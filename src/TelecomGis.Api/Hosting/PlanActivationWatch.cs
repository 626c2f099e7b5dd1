using TelecomGis.Core.Planning;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// Follows activations made by other instances on the same store (issue 14): each time the store says a version may have been
/// activated (PostgreSQL NOTIFY at once, the embedded store every half second, and a reread every few seconds whatever happens), it
/// reads the current version and, when it differs, loads it and makes it current here, so an activation takes effect on every
/// instance within a second; the newest imported version is loaded
/// ahead, so that taking it up needs no index to be built. A load that fails is tried again on the next round.
/// </summary>
public sealed partial class PlanActivationWatch(IAppraisalStore store, LoadedPlans plans, ILogger<PlanActivationWatch> log)
    : BackgroundService
{
    /// <summary>The longest wait between two reads of the current version, even when no notice comes.</summary>
    private static readonly TimeSpan Reread = TimeSpan.FromSeconds(5);

    private PlanVersion? _warmed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await store.WaitForPlanActivationAsync(Reread, stoppingToken);
                // The newest imported version is loaded ahead (a planner activates it after reading its impact): building its
                // index takes from half a second to two on a busy machine, which would otherwise come after the activation.
                var versions = await store.ListPlanVersionsAsync(stoppingToken);
                if (versions.Count > 0 && versions[^1] is var newest && newest.Version != _warmed)
                {
                    _warmed = newest.Version;
                    _ = plans.GetAsync(newest.Version, stoppingToken);
                }
                // Each hosted province follows its own latest activation (issue 12, item 5); one province: the store whole.
                var provinces = plans.Provinces;
                foreach (var province in provinces)
                {
                    var view = plans.HostsSeveral ? store.InProvince(province) : store;
                    if (
                        await view.CurrentPlanVersionAsync(stoppingToken) is { } version
                        && version != plans.CurrentIn(province)?.Plan.Version
                    )
                    {
                        // Loaded first, then made current only if it is still the store's current version: an activation made
                        // here meanwhile must not be overwritten by the older one read above (the next round reads again anyway).
                        if (
                            await plans.GetAsync(version, stoppingToken) is not null
                            && await view.CurrentPlanVersionAsync(stoppingToken) == version
                            && await plans.AdoptAsync(version, stoppingToken)
                        )
                            Adopted(log, version.Short);
                    }
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

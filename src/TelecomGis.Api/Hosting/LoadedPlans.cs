using TelecomGis.Core.Planning;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// The plan versions the service has an engine for: the current one of each province it hosts (what a request sees when it
/// starts) and a few others a letter or an impact report asked for. Building a version's index takes about half a second and tens
/// of megabytes, so each is built once and only the most recently used are kept. Each version's index follows the day of
/// <paramref name="clock"/> (<see cref="LoadedPlan"/>). A deployment hosts one province, or several (issue 12, item 5): the
/// first is the default, what <see cref="Current"/> gives.
/// </summary>
public sealed class LoadedPlans(IAppraisalStore store, IReadOnlyList<LoadedPlan> initial, TimeProvider clock)
{
    /// <summary>Versions other than the current ones kept loaded.</summary>
    private const int OthersKept = 3;

    private readonly Lock _gate = new();
    private readonly List<(string Hash, Task<LoadedPlan?> Plan)> _others = [];

    /// <summary>The current version of each hosted province, in hosting order (copied on write).</summary>
    private IReadOnlyList<LoadedPlan> _current =
        initial.Count > 0 ? initial : throw new ArgumentException("A service hosts at least one province.", nameof(initial));

    public LoadedPlans(IAppraisalStore store, LoadedPlan initial, TimeProvider clock)
        : this(store, [initial], clock) { }

    /// <summary>
    /// True for a deployment configured with several provinces (<c>Plan:Bundles</c>): an activation replaces its own province's
    /// current version. False (one province, <c>Plan:Bundle</c>): the service follows the store's latest activation, whatever its
    /// province, as it always did.
    /// </summary>
    public bool HostsSeveral { get; init; }

    /// <summary>The default province's current version with today's engine (the only one in a single-province deployment).</summary>
    public CurrentPlan Current => Volatile.Read(ref _current)[0].Today;

    /// <summary>The codes of the hosted provinces, the default first.</summary>
    public IReadOnlyList<string> Provinces => [.. Volatile.Read(ref _current).Select(p => p.Plan.Province.Code)];

    /// <summary>The province's current version with today's engine; null when the service does not host it.</summary>
    public CurrentPlan? CurrentIn(string provinceCode) =>
        Volatile.Read(ref _current).FirstOrDefault(p => p.Plan.Province.Code == provinceCode)?.Today;

    /// <summary>The current version of the province a store view is limited to; the default one for the whole store.</summary>
    public CurrentPlan CurrentFor(IAppraisalStore view) =>
        view.Province is { } code
            ? CurrentIn(code) ?? throw new InvalidOperationException($"Province {code} is not hosted here.")
            : Current;

    private LoadedPlan? CurrentOf(string provinceCode) =>
        Volatile.Read(ref _current).FirstOrDefault(p => p.Plan.Province.Code == provinceCode);

    /// <summary>The version's plan and today's engine, loaded from the store on first use; null when the store does not hold it.</summary>
    public async Task<CurrentPlan?> GetAsync(PlanVersion version, CancellationToken cancellationToken) =>
        (await GetLoadedAsync(version, cancellationToken))?.Today;

    private async Task<LoadedPlan?> GetLoadedAsync(PlanVersion version, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current).FirstOrDefault(p => p.Plan.Version == version) is { } current)
            return current;
        Task<LoadedPlan?> loading;
        lock (_gate)
        {
            var index = _others.FindIndex(o => o.Hash == version.Hash);
            if (index >= 0)
            {
                loading = _others[index].Plan;
                _others.RemoveAt(index);
            }
            else
            {
                // Not cancelled with the request that started it: another request may be waiting for the same version.
                loading = Task.Run(() => LoadAsync(store, version, clock, CancellationToken.None), CancellationToken.None);
            }
            _others.Insert(0, (version.Hash, loading));
            if (_others.Count > OthersKept)
                _others.RemoveAt(_others.Count - 1);
        }
        LoadedPlan? plan;
        try
        {
            plan = await loading.WaitAsync(cancellationToken);
        }
        catch (Exception) when (loading.IsFaulted)
        {
            // A load that failed (the store unreachable) is not kept: the next request tries again.
            Forget(version, loading);
            throw;
        }
        if (plan is null)
            Forget(version, loading);
        return plan;
    }

    private void Forget(PlanVersion version, Task<LoadedPlan?> loading)
    {
        lock (_gate)
            _others.RemoveAll(o => o.Hash == version.Hash && o.Plan == loading);
    }

    /// <summary>Records the activation in the store, then makes the version current for requests that start from now on.</summary>
    /// <returns>The version made current; null when the store does not hold it.</returns>
    public async Task<CurrentPlan?> ActivateAsync(
        PlanVersion version,
        string activatedBy,
        DateTimeOffset at,
        CancellationToken cancellationToken
    )
    {
        var plan = await GetLoadedAsync(version, cancellationToken);
        if (plan is null)
            return null;
        await store.ActivatePlanAsync(version, activatedBy, at, cancellationToken);
        MakeCurrent(plan);
        return plan.Today;
    }

    /// <summary>
    /// Makes current a version another instance activated (<see cref="PlanActivationWatch"/>): loaded first, so requests keep the
    /// previous version until the new one is ready. Nothing is written.
    /// </summary>
    /// <returns>False when the store does not hold it.</returns>
    public async Task<bool> AdoptAsync(PlanVersion version, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current).Any(p => p.Plan.Version == version))
            return true;
        var plan = await GetLoadedAsync(version, cancellationToken);
        if (plan is null)
            return false;
        MakeCurrent(plan);
        return true;
    }

    private void MakeCurrent(LoadedPlan plan)
    {
        var version = plan.Plan.Version;
        var province = plan.Plan.Province.Code;
        lock (_gate)
        {
            // Several provinces: the version replaces its own province's current one, a province not hosted yet is added after
            // the others. One province: the service follows the store's latest activation, whatever its province, as before.
            var previous = HostsSeveral ? CurrentOf(province) : _current[0];
            _current =
                previous is null ? [.. _current, plan]
                : HostsSeveral ? [.. _current.Select(p => p.Plan.Province.Code == province ? plan : p)]
                : [plan];
            _others.RemoveAll(o => o.Hash == version.Hash);
            if (previous is not null && previous.Plan.Version != version)
                _others.Insert(0, (previous.Plan.Version.Hash, Task.FromResult<LoadedPlan?>(previous)));
            if (_others.Count > OthersKept)
                _others.RemoveAt(_others.Count - 1);
        }
    }

    public static async Task<LoadedPlan?> LoadAsync(
        IAppraisalStore store,
        PlanVersion version,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        // Once per load, not per request: the import time names the version in the texts people read.
        var stored = (await store.ListPlanVersionsAsync(cancellationToken)).FirstOrDefault(v => v.Version == version);
        if (stored is null)
            return null;
        var plan = await store.LoadPlanAsync(version, cancellationToken);
        return plan is null ? null : new LoadedPlan(plan, stored.ImportedAt, clock);
    }
}

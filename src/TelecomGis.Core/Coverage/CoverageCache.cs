using System.Collections.Concurrent;

namespace TelecomGis.Core.Coverage;

/// <summary>
/// Finished coverage runs kept in memory per (site-set version, parameters) (COVERAGE.md): asking again for the same sites and
/// parameters returns the same result without computing; concurrent askers of one key share one computation. A cancelled or
/// failed computation is forgotten, so the next ask starts afresh.
/// </summary>
public sealed class CoverageCache
{
    private readonly ConcurrentDictionary<(string SiteSetVersion, CoverageParameters Parameters), Lazy<Task<CoverageResult>>> _runs = new();

    public int Count => _runs.Count;

    public bool Contains(string siteSetVersion, CoverageParameters parameters) =>
        _runs.TryGetValue((siteSetVersion, parameters), out var run) && run.IsValueCreated && run.Value.IsCompletedSuccessfully;

    /// <summary>
    /// Drops the finished result kept for the site set and parameters, so that its memory can be reclaimed once nobody holds it;
    /// a computation still running is left alone. True when a result was dropped.
    /// </summary>
    public bool Forget(string siteSetVersion, CoverageParameters parameters)
    {
        var key = (siteSetVersion, parameters);
        return _runs.TryGetValue(key, out var run)
            && run.IsValueCreated
            && run.Value.IsCompleted
            && _runs.TryRemove(new KeyValuePair<(string, CoverageParameters), Lazy<Task<CoverageResult>>>(key, run));
    }

    /// <summary>The cached result for the inputs' site set and the parameters, or a new run of <paramref name="compute"/>.</summary>
    public async Task<CoverageResult> GetOrCompute(CoverageInputs inputs, CoverageParameters parameters, Func<Task<CoverageResult>> compute)
    {
        var key = (inputs.SiteSetVersion, parameters);
        var run = _runs.GetOrAdd(key, _ => new Lazy<Task<CoverageResult>>(compute));
        try
        {
            return await run.Value.ConfigureAwait(false);
        }
        catch
        {
            _runs.TryRemove(new KeyValuePair<(string, CoverageParameters), Lazy<Task<CoverageResult>>>(key, run));
            throw;
        }
    }
}

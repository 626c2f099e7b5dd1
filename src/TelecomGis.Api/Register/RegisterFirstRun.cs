using TelecomGis.Core.Planning;
using TelecomGis.Core.Register;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Register;

/// <summary>
/// The bundled plan's existing sites enter the register on the first run, as structures existing before the plan, recorded as
/// the system's import; a site already in the register is skipped, so every later start appends nothing.
/// </summary>
public static class RegisterFirstRun
{
    public static async Task<int> ImportAsync(
        IAppraisalStore store,
        ProvincePlan plan,
        DateTimeOffset at,
        CancellationToken cancellationToken
    )
    {
        var register = await store.LoadRegisterAsync(cancellationToken: cancellationToken);
        var events = RegisterImport.FromSites(plan.Sites, register, at, IAppraisalStore.SystemActor, $"plan:{plan.Version.Hash}");
        if (events.Count > 0)
            await store.AppendRegisterEventsAsync(events, cancellationToken);
        return events.Count;
    }
}

using Microsoft.Extensions.Options;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Letters;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Register;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Register;

/// <summary>
/// The engine an appraisal uses (issue 11, 6): the current plan with the register as of the moment instead of the bundle's frozen
/// sites — structures built or approved and not built, and proposals received earlier and not yet refused. The engine is rebuilt
/// only when what it reads changed (the plan, the register's last event, the pending proposals); otherwise the last one is
/// reused. Thread-safe.
/// </summary>
/// <remarks>
/// Switched on by <c>Register:AppraiseAgainstRegister</c> (off by default until the plan-impact report re-appraises each batch
/// against the register state it recorded, and the shared-server tests that file the same spot again and again use spots of their
/// own: with it on, their earlier proposals rightly count against the later ones). Off, appraisals read the plan bundle's sites
/// as before and record no register state.
/// </remarks>
public sealed class RegisterEngines(
    IAppraisalStore store,
    TimeProvider clock,
    IOptions<LetterOptions> options,
    IConfiguration configuration
)
{
    public const string Switch = "Register:AppraiseAgainstRegister";
    private readonly bool _enabled = configuration.GetValue(Switch, false);

    private readonly Lock _gate = new();
    private (string Key, AppraisalEngine Engine)? _last;

    /// <summary>The engine as of now, and the register state it read (to be kept with the verdicts).</summary>
    public async Task<(AppraisalEngine Engine, RegisterRead? Read)> ForAsync(CurrentPlan current, CancellationToken cancellationToken)
    {
        if (!_enabled)
            return (current.Engine, null);
        var at = clock.GetUtcNow();
        var register = await store.LoadRegisterAsync(at, null, cancellationToken);
        var proposals = await store.ListPendingProposalsAsync(at, cancellationToken);
        var key =
            $"{current.Plan.Version.Hash}|{current.Engine.Index.CommunesValidOn}|{register.LastEventId}|"
            + string.Join(",", proposals.Select(p => p.StructureId));
        var read = new RegisterRead(register.LastEventId, at);
        lock (_gate)
        {
            if (_last is { } last && last.Key == key && ReferenceEquals(last.Engine.Index.Plan.Metadata, current.Plan.Metadata))
                return (last.Engine, read);
        }
        var sites = RegisterSites.For(register, proposals, options.Value.UtcOffset);
        var engine = new AppraisalEngine(current.Engine.Index.WithSites(sites), current.Engine.Rules, current.Engine.Terrain);
        lock (_gate)
            _last = (key, engine);
        return (engine, read);
    }
}

using Microsoft.Extensions.Options;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Letters;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Register;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Register;

/// <summary>
/// The engine an appraisal uses (issue 11, 6): the current plan with the register as of the moment instead of the bundle's frozen
/// sites — structures built or approved and not built, and proposals received earlier and not yet refused — and the same engine
/// rebuilt as of a register state a verdict recorded (<see cref="AsReadAsync"/>). Thread-safe.
/// </summary>
/// <remarks>
/// An appraisal request reads the register's last event id and the pending proposals (two small queries); the register's events
/// are loaded and folded again only when the last event id changed, or when an event dated later than the last fold takes effect,
/// and the engine is rebuilt only when the plan, the register state or the pending proposals changed.
/// One per hosted province (<see cref="Hosting.PerProvince{T}"/>), over that province's view of the store.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Design",
    "CA1001",
    Justification = "Lives as long as the service, shared by its province's requests; a SemaphoreSlim whose wait handle is never read holds nothing to release."
)]
public sealed class RegisterEngines(IAppraisalStore store, TimeProvider clock, IOptions<LetterOptions> options)
{
    private readonly Lock _gate = new();
    private FoldedRegister? _register;
    private LastEngine? _last;
    private readonly SemaphoreSlim _intake = new(1, 1);
    private readonly SemaphoreSlim _building = new(1, 1);

    /// <summary>The register folded from its events up to <see cref="MaxEventId"/> as of <see cref="FoldedAt"/>, valid until <see cref="NextChangeAt"/>.</summary>
    /// <param name="NextChangeAt">The earliest effective time of an event not folded because it lies after the fold's instant.</param>
    private sealed record FoldedRegister(long MaxEventId, DateTimeOffset FoldedAt, RegisterState State, DateTimeOffset? NextChangeAt);

    /// <summary>The engine as of now, and the register state it read (to be kept with the verdicts).</summary>
    /// <remarks>
    /// Under load the read is one small query (<see cref="IRegisterStore.RegisterChangeStampAsync"/>): while no event, batch,
    /// letter or decision was added since the last read, and no event dated later than that read has taken effect, the engine
    /// built then serves again. Reading the pending proposals on every request made each appraisal cost a query over every
    /// batch ever received, which grew with the load itself (issue 14, item 6).
    /// </remarks>
    public async Task<(AppraisalEngine Engine, RegisterRead Read)> ForAsync(CurrentPlan current, CancellationToken cancellationToken)
    {
        var planKey = $"{current.Plan.Version.Hash}|{current.Engine.Index.CommunesValidOn}";
        var (stamp, at) = await StampAsync(cancellationToken);
        if (Kept(stamp, at, planKey, current) is { } served)
            return served;
        // One engine is built at a time. Every appraisal that arrived just after a dossier used to find the stamp changed and
        // build the same engine beside the others, each over every pending proposal: under 200 clients that was most of the
        // machine (issue 14, item 6). A request that waited reads the stamp again and mostly finds the engine built meanwhile.
        await _building.WaitAsync(cancellationToken);
        try
        {
            (stamp, at) = await StampAsync(cancellationToken);
            return Kept(stamp, at, planKey, current) ?? await BuildForAsync(current, stamp, at, planKey, cancellationToken);
        }
        finally
        {
            _building.Release();
        }
    }

    // The stamp before the clock: a batch the stamp names was committed, and so received, before this instant, and is read as
    // pending now; one received later lies above the stamp and is read by the next request.
    private async Task<(RegisterChangeStamp Stamp, DateTimeOffset At)> StampAsync(CancellationToken cancellationToken)
    {
        var stamp = await store.RegisterChangeStampAsync(cancellationToken);
        return (stamp, clock.GetUtcNow());
    }

    /// <summary>The kept engine when nothing it was built from has changed since (<see cref="ForAsync"/>); null otherwise.</summary>
    private (AppraisalEngine Engine, RegisterRead Read)? Kept(
        RegisterChangeStamp stamp,
        DateTimeOffset at,
        string planKey,
        CurrentPlan current
    )
    {
        lock (_gate)
        {
            if (
                _last is { } last
                && last.Stamp == stamp
                && last.PlanKey == planKey
                && ReferenceEquals(last.Engine.Index.Plan.Metadata, current.Plan.Metadata)
                && _register is { } folded
                && ReferenceEquals(folded.State, last.Register)
                && folded.FoldedAt <= at
                && (folded.NextChangeAt is not { } next || at < next)
            )
                return (last.Engine, new RegisterRead(last.Register.LastEventId, at));
        }
        return null;
    }

    private async Task<(AppraisalEngine Engine, RegisterRead Read)> BuildForAsync(
        CurrentPlan current,
        RegisterChangeStamp stamp,
        DateTimeOffset at,
        string planKey,
        CancellationToken cancellationToken
    )
    {
        var register = await RegisterAsOfAsync(at, cancellationToken);
        var (proposals, extending, added) = await PendingAsync(stamp, planKey, current, register, at, cancellationToken);
        var read = new RegisterRead(register.LastEventId, at);
        if (extending is null)
        {
            lock (_gate)
            {
                if (
                    _last is { } last
                    && last.PlanKey == planKey
                    && ReferenceEquals(last.Register, register)
                    && ReferenceEquals(last.Engine.Index.Plan.Metadata, current.Plan.Metadata)
                    && last.Proposals.Select(p => p.StructureId).SequenceEqual(proposals.Select(p => p.StructureId), StringComparer.Ordinal)
                )
                {
                    // The same proposals and register: the engine serves on, under the newer stamp.
                    _last = last with { Stamp = stamp };
                    return (last.Engine, read);
                }
            }
        }
        var engine = (extending is null ? null : Extended(extending, register, added)) ?? Build(current, register, proposals);
        lock (_gate)
            _last = new LastEngine(stamp, planKey, register, proposals, engine);
        return (engine, read);
    }

    /// <summary>
    /// The pending proposals up to the stamp's last batch: when only batches were added since the kept engine (the usual change
    /// under load: no letter, decision or register event since), the kept list with the new batches' proposals, read alone, and
    /// the kept engine they extend and the new ones alone; otherwise all of them, read again, and no engine to extend.
    /// </summary>
    private async Task<(
        IReadOnlyList<PendingProposal> Proposals,
        LastEngine? Extending,
        IReadOnlyList<PendingProposal> Added
    )> PendingAsync(
        RegisterChangeStamp stamp,
        string planKey,
        CurrentPlan current,
        RegisterState register,
        DateTimeOffset at,
        CancellationToken cancellationToken
    )
    {
        LastEngine? kept;
        lock (_gate)
            kept = _last;
        if (
            kept is not null
            && kept.PlanKey == planKey
            && ReferenceEquals(kept.Engine.Index.Plan.Metadata, current.Plan.Metadata)
            && ReferenceEquals(kept.Register, register)
            && stamp with { LastBatchId = kept.Stamp.LastBatchId } == kept.Stamp
            && stamp.LastBatchId > kept.Stamp.LastBatchId
        )
        {
            var added = await store.ListPendingProposalsAsync(at, kept.Stamp.LastBatchId, stamp.LastBatchId, cancellationToken);
            return ([.. kept.Proposals, .. added], kept, added);
        }
        var all = await store.ListPendingProposalsAsync(at, throughBatchId: stamp.LastBatchId, cancellationToken: cancellationToken);
        return (all, null, []);
    }

    /// <summary>
    /// The kept engine with <paramref name="added"/>, the proposals read since it was built, after its sites: the same engine as one built from all of
    /// them (<see cref="Build"/>), without converting and projecting the register's sites again for each dossier received. Null when
    /// a new proposal was received before one already in the kept engine (two instances' clocks apart): then it is built whole.
    /// </summary>
    private AppraisalEngine? Extended(LastEngine kept, RegisterState register, IReadOnlyList<PendingProposal> added)
    {
        var ordered = added.Order(RegisterSites.ReceivedOrder).ToList();
        if (ordered.Count == 0)
            return kept.Engine;
        if (
            kept.Proposals.Count > 0
            && RegisterSites.ReceivedOrder.Compare(ordered[0], kept.Proposals.Max(RegisterSites.ReceivedOrder)!) <= 0
        )
            return null;
        var sites = RegisterSites.Proposals(register, ordered, options.Value.UtcOffset).ToList();
        var e = kept.Engine;
        return new AppraisalEngine(e.Index.WithSitesAdded(sites), e.Rules, e.Terrain);
    }

    /// <summary>The engine built last, with what it was built from.</summary>
    /// <param name="Stamp">The store's change stamp read before the register and the proposals were read: a row added after it
    /// changes the next stamp, so the engine is never kept past a change. The proposals are read up to its last batch, so that
    /// the next read adds exactly the batches after it.</param>
    private sealed record LastEngine(
        RegisterChangeStamp Stamp,
        string PlanKey,
        RegisterState Register,
        IReadOnlyList<PendingProposal> Proposals,
        AppraisalEngine Engine
    );

    /// <summary>
    /// The engine of <paramref name="plan"/> with the register as a batch's appraisal read it: the structures up to the recorded
    /// event as of the recorded instant, and the proposals pending then that were received before the batch (a smaller dossier id:
    /// the batch itself and later ones were not saved yet when it was appraised, see <see cref="EnterIntakeAsync"/>).
    /// </summary>
    /// <param name="events">The register's events (all of them; <see cref="IRegisterStore.LoadRegisterEventsAsync"/>), loaded once
    /// by a caller that replays many batches.</param>
    public async Task<AppraisalEngine> AsReadAsync(
        CurrentPlan plan,
        RegisterRead read,
        long dossierId,
        IReadOnlyList<RegisterEvent> events,
        CancellationToken cancellationToken
    )
    {
        var register = RegisterState.Fold(events, read.ReadAt, read.LastEventId);
        var proposals = await store.ListPendingProposalsAsync(
            read.ReadAt,
            throughBatchId: dossierId - 1,
            cancellationToken: cancellationToken
        );
        return Build(plan, register, proposals);
    }

    /// <summary>
    /// The register as of an instant, folded again only when it changed since the last fold (a new event, or one dated later than
    /// the last fold that has taken effect since).
    /// </summary>
    public async Task<RegisterState> RegisterAsOfAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var lastId = await store.LastRegisterEventIdAsync(cancellationToken);
        var earlier = false;
        lock (_gate)
        {
            if (_register is { } r && r.MaxEventId == lastId)
            {
                if (r.FoldedAt <= at && (r.NextChangeAt is not { } next || at < next))
                    return r.State;
                earlier = at < r.FoldedAt;
            }
        }
        var events = await store.LoadRegisterEventsAsync(cancellationToken: cancellationToken);
        var state = RegisterState.Fold(events, at);
        // An instant before the kept fold's (a past activation) is read, not kept: requests read the register as of now.
        if (earlier)
            return state;
        var later = events.Where(e => e.At > at).Select(e => (DateTimeOffset?)e.At).Min();
        // Keyed by what was loaded: an event appended between the two reads is in it, and the next request finds it so.
        var folded = new FoldedRegister(events.Count == 0 ? 0 : events.Max(e => e.Id), at, state, later);
        lock (_gate)
            _register = folded;
        return state;
    }

    /// <summary>
    /// Held while a batch is appraised and saved, so that batches are appraised one after the other in the order received (first
    /// received, first served): a batch sees every batch saved before it, and no batch saved after its register read was received
    /// before it. Within the instance a semaphore queues the requests; across instances on one store, the store's intake lock
    /// (<see cref="IRegisterStore.HoldIntakeAsync"/>).
    /// </summary>
    public async Task<IAsyncDisposable> EnterIntakeAsync(CancellationToken cancellationToken)
    {
        await _intake.WaitAsync(cancellationToken);
        try
        {
            return new Release(_intake, await store.HoldIntakeAsync(cancellationToken));
        }
        catch
        {
            _intake.Release();
            throw;
        }
    }

    private sealed class Release(SemaphoreSlim semaphore, IAsyncDisposable storeLock) : IAsyncDisposable
    {
        private int _done;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _done, 1) != 0)
                return;
            try
            {
                await storeLock.DisposeAsync();
            }
            finally
            {
                semaphore.Release();
            }
        }
    }

    private AppraisalEngine Build(CurrentPlan plan, RegisterState register, IEnumerable<PendingProposal> proposals)
    {
        var sites = RegisterSites.For(register, proposals, options.Value.UtcOffset);
        return new AppraisalEngine(plan.Engine.Index.WithSites(sites), plan.Engine.Rules, plan.Engine.Terrain);
    }
}

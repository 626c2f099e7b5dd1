using System.Runtime.CompilerServices;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Register;
using TelecomGis.Core.Appraisal.Conformity;
using TelecomGis.Core.Register;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Plans;

/// <summary>
/// The register held against a plan version (issue 11, 3): every structure built or approved re-appraised with the rules that
/// bind a standing structure (<see cref="ConformityCheck"/>), compared with the version it replaces
/// (<see cref="ConformityImpact.Between"/>). Before a version is activated this is a preview: the current version against it,
/// the register as of now. Once it is current, it is what its last activation changed: the version current just before,
/// against it, with the register as of the activation's instant. Both come from recorded facts (immutable plan versions,
/// append-only activations and register), so the report reads the same after a restart. Thread-safe.
/// </summary>
public sealed class PlanConformity(IAppraisalStore store, LoadedPlans plans, RegisterEngines registerEngines, TimeProvider clock)
{
    // The register held against a version, kept while the folded register state it was computed from is alive.
    private readonly ConditionalWeakTable<RegisterState, Dictionary<string, IReadOnlyList<StructureConformity>>> _held = [];

    /// <summary>What activating <paramref name="target"/> now would change (a preview).</summary>
    public async Task<PlanConformityView> PreviewAsync(CurrentPlan target, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var register = await registerEngines.RegisterAsOfAsync(at, cancellationToken);
        return Compare(plans.CurrentFor(store), target, register, at, activated: false);
    }

    /// <summary>The preview for a version not current; for the current one, what its last activation changed.</summary>
    public async Task<PlanConformityView> ImpactAsync(StoredPlanVersion stored, CurrentPlan target, CancellationToken cancellationToken)
    {
        if (stored.Version != plans.CurrentFor(store).Plan.Version || stored.LastActivation is null)
            return await PreviewAsync(target, clock.GetUtcNow(), cancellationToken);
        var activations = await store.ListPlanActivationsAsync(cancellationToken);
        var last = activations.Count - 1;
        while (last >= 0 && activations[last].Version != stored.Version)
            last--;
        var at = activations[last].ActivatedAt;
        var before = last > 0 ? await plans.GetAsync(activations[last - 1].Version, cancellationToken) : null;
        var register = await registerEngines.RegisterAsOfAsync(at, cancellationToken);
        return Compare(before, target, register, at, activated: true);
    }

    private PlanConformityView Compare(CurrentPlan? before, CurrentPlan after, RegisterState register, DateTimeOffset at, bool activated)
    {
        var heldAfter = Held(after, register);
        var heldBefore = before is null ? [] : Held(before, register);
        var impact = ConformityImpact.Between(before?.Plan.Version.Hash ?? "", heldBefore, after.Plan.Version.Hash, heldAfter);
        return PlanConformityView.Of(impact, before is null, heldAfter.Count, register, at, activated);
    }

    private IReadOnlyList<StructureConformity> Held(CurrentPlan plan, RegisterState register)
    {
        var byVersion = _held.GetOrCreateValue(register);
        lock (byVersion)
        {
            if (byVersion.TryGetValue(plan.Plan.Version.Hash, out var kept))
                return kept;
        }
        var structures = register
            .Structures.Where(s => s.Counts)
            .OrderBy(s => s.Structure.Id, StringComparer.Ordinal)
            .Select(RegisterSites.ToSite)
            .ToList();
        var held = new ConformityCheck(plan.Engine.Index, plan.Engine.Terrain).CheckAll(structures);
        lock (byVersion)
            byVersion[plan.Plan.Version.Hash] = held;
        return held;
    }
}

/// <summary>What a plan version changes in the register's conformity, as the impact report and the activation show it.</summary>
/// <param name="VersionBefore">The version compared with; null for the first activation (nothing was current before).</param>
/// <param name="Activated">False for a preview (the version is not current); true for what its last activation changed.</param>
/// <param name="RegisterAsOf">The instant the register was read as of: now for a preview, the activation's instant after it.</param>
/// <param name="Structures">Structures built or approved held against the version.</param>
/// <param name="NonconformingBefore">Of those, how many broke the version compared with; null without one.</param>
/// <param name="ByKind">How many changes of each kind (now_nonconforming, now_conforming, rules_changed, deadline_changed).</param>
public sealed record PlanConformityView(
    string? VersionBefore,
    string VersionAfter,
    bool Activated,
    DateTimeOffset RegisterAsOf,
    long RegisterEventId,
    int Structures,
    int? NonconformingBefore,
    int NonconformingAfter,
    IReadOnlyDictionary<ConformityChangeKind, int> ByKind,
    IReadOnlyList<StructureConformityChangeView> Changes
)
{
    public static PlanConformityView Of(
        ConformityImpact impact,
        bool first,
        int structures,
        RegisterState register,
        DateTimeOffset at,
        bool activated
    ) =>
        new(
            first ? null : impact.VersionBefore,
            impact.VersionAfter,
            activated,
            at,
            register.LastEventId,
            structures,
            first ? null : impact.NonconformingBefore,
            impact.NonconformingAfter,
            impact.CountByKind,
            [
                .. impact
                    .Changes.OrderBy(c => c.Kind)
                    .ThenBy(c => c.DeadlineAfter ?? DateOnly.MaxValue)
                    .ThenBy(c => c.SiteId, StringComparer.Ordinal)
                    .Select(StructureConformityChangeView.Of),
            ]
        );
}

/// <summary>The counts of a <see cref="PlanConformityView"/>, without its list.</summary>
public sealed record PlanConformitySummary(
    string? VersionBefore,
    DateTimeOffset RegisterAsOf,
    long RegisterEventId,
    int Structures,
    int? NonconformingBefore,
    int NonconformingAfter,
    IReadOnlyDictionary<ConformityChangeKind, int> ByKind
)
{
    public static PlanConformitySummary Of(PlanConformityView v) =>
        new(v.VersionBefore, v.RegisterAsOf, v.RegisterEventId, v.Structures, v.NonconformingBefore, v.NonconformingAfter, v.ByKind);
}

/// <summary>One structure whose conformity the version changes, with the rules it breaks under it and their deadlines.</summary>
/// <param name="Failures">The rules it breaks under the version (empty when it now conforms).</param>
public sealed record StructureConformityChangeView(
    string StructureId,
    string Code,
    string Owner,
    ConformityChangeKind Kind,
    string KindVi,
    string KindEn,
    IReadOnlyList<string> RulesBefore,
    IReadOnlyList<string> RulesAfter,
    DateOnly? DeadlineBefore,
    DateOnly? DeadlineAfter,
    IReadOnlyList<NonconformityView> Failures
)
{
    public static StructureConformityChangeView Of(ConformityChange c)
    {
        var (vi, en) = c.Kind switch
        {
            ConformityChangeKind.NowNonconforming => ("Trở thành không phù hợp quy hoạch", "Becomes non-conforming"),
            ConformityChangeKind.NowConforming => ("Trở thành phù hợp quy hoạch", "Becomes conforming"),
            ConformityChangeKind.RulesChanged => ("Vẫn không phù hợp, khác tiêu chí vi phạm", "Still non-conforming, other rules"),
            _ => ("Vẫn không phù hợp, khác thời hạn khắc phục", "Still non-conforming, another deadline"),
        };
        var s = c.Now.Structure;
        return new(
            c.SiteId,
            s.Code,
            s.Carrier,
            c.Kind,
            vi,
            en,
            c.RulesBefore,
            c.RulesAfter,
            c.DeadlineBefore,
            c.DeadlineAfter,
            [.. c.Now.Failures.Select(NonconformityView.Of)]
        );
    }
}

/// <summary>A rule a structure breaks, the engine's message, and the plan's roadmap deadline with what it requires.</summary>
/// <param name="Deadline">Null where the plan sets none, or where another authority decides (R10).</param>
public sealed record NonconformityView(
    string RuleId,
    string MessageVi,
    string MessageEn,
    DateOnly? Deadline,
    string? ActionVi,
    string? ActionEn,
    string? DeadlineCitation
)
{
    public static NonconformityView Of(Nonconformity n) =>
        new(
            n.RuleId,
            n.Rule.MessageVi,
            n.Rule.MessageEn,
            n.Deadline?.Date,
            n.Deadline?.Words.Vi,
            n.Deadline?.Words.En,
            n.Deadline?.Citation
        );
}

using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Plans;

/// <summary>
/// A planner imports a plan version read from an uploaded bundle. It is stored immutable under its content hash and does not
/// become current: a planner reads its impact first, then activates it. Sending the same bundle again changes nothing.
/// </summary>
public sealed record ImportPlan(ApiUser User, ProvincePlan Plan) : IRequest<PlanImported>;

/// <param name="Created">False when the store already held this version (the import was a no-op).</param>
public sealed record PlanImported(PlanVersionView Version, bool Created);

/// <summary>
/// Makes an imported version the one new submissions are appraised against (recorded in the store, append-only). Every structure
/// of the register is held against it at that instant (issue 11, 3): the answer counts what changed, and the version's impact
/// report lists it from then on.
/// </summary>
public sealed record ActivatePlan(ApiUser User, string Version) : IRequest<PlanVersionView>;

public sealed class PlanCommandHandlers(IAppraisalStore store, LoadedPlans plans, TimeProvider clock, PlanConformity conformity)
    : IRequestHandler<ImportPlan, PlanImported>,
        IRequestHandler<ActivatePlan, PlanVersionView>
{
    public async ValueTask<PlanImported> Handle(ImportPlan request, CancellationToken cancellationToken)
    {
        var plan = request.Plan;
        var serving = plans.CurrentFor(store).Plan.Province;
        // One service answers for one province: a neighbour's plan would silently appraise this province's sites as outside it.
        if (plan.Province.Code != serving.Code)
        {
            throw RequestValidationException.For(
                BundleFiles.Plan,
                $"The bundle is the plan of province {plan.Province.Code} ({plan.Province.Name}); this service serves {serving.Code} ({serving.Name}).",
                $"Gói quy hoạch của tỉnh {plan.Province.Name}, không phải {serving.Name}."
            );
        }
        var created = await store.ImportPlanAsync(plan, cancellationToken);
        var versions = await store.ListPlanVersionsAsync(cancellationToken);
        return new PlanImported(PlanViews.View(versions.Single(v => v.Version == plan.Version), plans.CurrentFor(store)), created);
    }

    public async ValueTask<PlanVersionView> Handle(ActivatePlan request, CancellationToken cancellationToken)
    {
        var stored = PlanViews.Get(await store.ListPlanVersionsAsync(cancellationToken), request.Version);
        var target = await plans.GetAsync(stored.Version, cancellationToken) ?? throw PlanViews.NotFound(request.Version);
        var at = clock.GetUtcNow();
        // The register held against the version at the activation's instant, before it becomes current (the one it replaces is
        // still current): the same comparison the impact report makes afterwards from the recorded activation.
        var changed = await conformity.PreviewAsync(target, at, cancellationToken);
        var current = await plans.ActivateAsync(stored.Version, request.User.UserId, at, cancellationToken)
            ?? throw PlanViews.NotFound(request.Version);
        // Read again: the view names this activation (who, when).
        return PlanViews.View(PlanViews.Get(await store.ListPlanVersionsAsync(cancellationToken), stored.Version.Hash), current) with
        {
            Conformity = PlanConformitySummary.Of(changed),
        };
    }
}

public static class PlanViews
{
    /// <summary>A version by its full SHA-256 or its first 12 (or more) hex digits.</summary>
    public static StoredPlanVersion? Find(IReadOnlyList<StoredPlanVersion> versions, string text) =>
        versions.FirstOrDefault(v =>
            v.Version.Hash == text || (text.Length >= 12 && v.Version.Hash.StartsWith(text, StringComparison.Ordinal))
        );

    /// <summary>The version named, or <see cref="NotFound"/>.</summary>
    public static StoredPlanVersion Get(IReadOnlyList<StoredPlanVersion> versions, string text) =>
        Find(versions, text) ?? throw NotFound(text);

    /// <summary>The 404 of a version the store does not hold (or cannot load).</summary>
    public static NotFoundException NotFound(string version) => new($"No plan version '{version}'.");

    public static PlanVersionView View(StoredPlanVersion v, CurrentPlan current)
    {
        var isCurrent = v.Version == current.Plan.Version;
        var status =
            isCurrent ? PlanVersionStatus.Current
            : v.LastActivation is null ? PlanVersionStatus.Draft
            : PlanVersionStatus.Replaced;
        var (labelVi, labelEn) = PlanVersionWords.Imported(v.PlanName, v.ImportedAt, v.Version, status);
        return new(
            v.Version.Hash,
            v.Version.Short,
            labelVi,
            labelEn,
            v.ProvinceCode,
            v.PlanName,
            v.Adopted,
            v.ImportedAt,
            isCurrent,
            v.LastActivation?.ActivatedBy,
            v.LastActivation?.ActivatedAt
        );
    }
}

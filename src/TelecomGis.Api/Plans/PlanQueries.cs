using Mediator;
using TelecomGis.Api.Hosting;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Plans;

/// <param name="LabelVi">The version as a department names it, never by its hash: "Quy hoạch …, bản nhập lúc 09:15 ngày 07/12/2026
/// (bản nháp)" (<see cref="Core.Planning.PlanVersionWords.Imported"/>).</param>
/// <param name="LabelEn">The same in English, with the short hash.</param>
/// <param name="Conformity">On an activation's answer only: what it changed in the register's conformity (the list is in the
/// version's impact report).</param>
public sealed record PlanVersionView(
    string Version,
    string Short,
    string LabelVi,
    string LabelEn,
    string ProvinceCode,
    string PlanName,
    DateOnly Adopted,
    DateTimeOffset ImportedAt,
    bool Current,
    string? ActivatedBy,
    DateTimeOffset? ActivatedAt,
    PlanConformitySummary? Conformity = null
);

/// <summary>The decision that approved the plan, as plan.json names it.</summary>
public sealed record PlanApprovalView(string Number, DateOnly Date, string Authority, string Citation);

public sealed record RuleParameterView(string RuleId, string Name, double Value, string Unit, string Citation);

public sealed record PlanDetail(
    PlanVersionView Version,
    string DepartmentNameVi,
    string DepartmentNameEn,
    string DefaultZoneId,
    PlanApprovalView? Approval,
    IReadOnlyList<string> LegalBases,
    IReadOnlyDictionary<string, int> LayerCounts,
    IReadOnlyList<RuleParameterView> Rules
);

public sealed record ListPlans : IRequest<IReadOnlyList<PlanVersionView>>;

public sealed record GetPlan(string Version) : IRequest<PlanDetail>;

public sealed class PlanHandlers(IAppraisalStore store, LoadedPlans plans)
    : IRequestHandler<ListPlans, IReadOnlyList<PlanVersionView>>,
        IRequestHandler<GetPlan, PlanDetail>
{
    public async ValueTask<IReadOnlyList<PlanVersionView>> Handle(ListPlans request, CancellationToken cancellationToken)
    {
        var versions = await store.ListPlanVersionsAsync(cancellationToken);
        var current = plans.CurrentFor(store);
        return [.. versions.Select(v => PlanViews.View(v, current))];
    }

    public async ValueTask<PlanDetail> Handle(GetPlan request, CancellationToken cancellationToken)
    {
        var stored = PlanViews.Get(await store.ListPlanVersionsAsync(cancellationToken), request.Version);
        var plan = await store.LoadPlanAsync(stored.Version, cancellationToken) ?? throw PlanViews.NotFound(request.Version);
        var counts = new Dictionary<string, int>
        {
            ["communes"] = plan.Communes.Count,
            ["zones"] = plan.Zones.Count,
            ["planned_positions"] = plan.PlannedPositions.Count,
            ["restricted_areas"] = plan.RestrictedAreas.Count,
            ["airports"] = plan.Airports.Count,
            ["sites"] = plan.Sites.Count,
            ["sensitive_places"] = plan.SensitivePlaces.Count,
            ["fiber_routes"] = plan.FiberRoutes.Count,
            ["postal_points"] = plan.PostalPoints.Count,
        };
        return new PlanDetail(
            PlanViews.View(stored, plans.CurrentFor(store)),
            plan.Metadata.DepartmentNameVi,
            plan.Metadata.DepartmentNameEn,
            plan.Metadata.DefaultZoneId,
            plan.Metadata.Approval is { } a ? new PlanApprovalView(a.Number, a.Date, a.Authority, a.Citation) : null,
            plan.Metadata.LegalBasesOrEmpty,
            counts,
            [.. plan.Rules.Parameters.Select(p => new RuleParameterView(p.RuleId, p.Name, p.Value, p.Unit, p.Citation))]
        );
    }
}

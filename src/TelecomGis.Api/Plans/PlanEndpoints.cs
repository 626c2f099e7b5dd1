using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Plans;

public static class PlanEndpoints
{
    public static void MapPlanEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/plans").WithTags("Plans").RequireAuthorization(Roles.ReadsPlans);

        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new ListPlans(), ct)))
            .Produces<IReadOnlyList<PlanVersionView>>()
            .WithSummary("The imported plan versions, oldest first; the last is the one new submissions are appraised against (planners).");

        group.MapGet("/{version}", async (string version, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new GetPlan(version), ct) is { } plan
                    ? Results.Ok(plan)
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No plan version '{version}'."))
            .Produces<PlanDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One plan version (full SHA-256 or its first 12 digits): metadata, layer counts and the rule table with citations.");
    }
}

public sealed record PlanVersionView(string Version, string Short, string ProvinceCode, string PlanName, DateOnly Adopted, DateTimeOffset ImportedAt, bool Current);

public sealed record RuleParameterView(string RuleId, string Name, double Value, string Unit, string Citation);

public sealed record PlanDetail(PlanVersionView Version, string DepartmentNameVi, string DepartmentNameEn, string DefaultZoneId,
    IReadOnlyDictionary<string, int> LayerCounts, IReadOnlyList<RuleParameterView> Rules);

public sealed record ListPlans : IRequest<IReadOnlyList<PlanVersionView>>;

public sealed record GetPlan(string Version) : IRequest<PlanDetail?>;

public sealed class PlanHandlers(IAppraisalStore store) : IRequestHandler<ListPlans, IReadOnlyList<PlanVersionView>>, IRequestHandler<GetPlan, PlanDetail?>
{
    public async ValueTask<IReadOnlyList<PlanVersionView>> Handle(ListPlans request, CancellationToken cancellationToken)
    {
        var versions = await store.ListPlanVersionsAsync(cancellationToken);
        return [.. versions.Select((v, i) => View(v, i == versions.Count - 1))];
    }

    public async ValueTask<PlanDetail?> Handle(GetPlan request, CancellationToken cancellationToken)
    {
        var versions = await store.ListPlanVersionsAsync(cancellationToken);
        var index = versions.ToList().FindIndex(v => v.Version.Hash == request.Version || (request.Version.Length >= 12 && v.Version.Hash.StartsWith(request.Version, StringComparison.Ordinal)));
        if (index < 0) return null;
        var stored = versions[index];
        var plan = await store.LoadPlanAsync(stored.Version, cancellationToken);
        if (plan is null) return null;
        var counts = new Dictionary<string, int>
        {
            ["communes"] = plan.Communes.Count, ["zones"] = plan.Zones.Count, ["planned_positions"] = plan.PlannedPositions.Count,
            ["restricted_areas"] = plan.RestrictedAreas.Count, ["airports"] = plan.Airports.Count, ["sites"] = plan.Sites.Count,
            ["sensitive_places"] = plan.SensitivePlaces.Count, ["fiber_routes"] = plan.FiberRoutes.Count, ["postal_points"] = plan.PostalPoints.Count,
        };
        return new PlanDetail(View(stored, index == versions.Count - 1), plan.Metadata.DepartmentNameVi, plan.Metadata.DepartmentNameEn,
            plan.Metadata.DefaultZoneId, counts, [.. plan.Rules.Parameters.Select(p => new RuleParameterView(p.RuleId, p.Name, p.Value, p.Unit, p.Citation))]);
    }

    private static PlanVersionView View(StoredPlanVersion v, bool current) =>
        new(v.Version.Hash, v.Version.Short, v.ProvinceCode, v.PlanName, v.Adopted, v.ImportedAt, current);
}

using Mediator;
using Microsoft.Extensions.Options;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Letters;
using TelecomGis.Core.Appraisal.Conformity;
using TelecomGis.Core.Register;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Register;

/// <summary>
/// The list of non-conforming structures (issue 11, 3): the whole register held against the current plan, grouped by rule and
/// deadline; <paramref name="ByRule"/> orders the groups by rule first, else by the nearest deadline; <paramref name="RuleId"/>
/// keeps one rule's groups.
/// </summary>
public sealed record ListNonconforming(bool ByRule, string? RuleId, bool English) : IRequest<NonconformingListView>;

public sealed class ListNonconformingHandler(
    IAppraisalStore store,
    CurrentPlan current,
    TimeProvider clock,
    IOptions<LetterOptions> options
) : IRequestHandler<ListNonconforming, NonconformingListView>
{
    public async ValueTask<NonconformingListView> Handle(ListNonconforming request, CancellationToken cancellationToken)
    {
        var register = await store.LoadRegisterAsync(cancellationToken: cancellationToken);
        var check = new ConformityCheck(current.Engine.Index, current.Engine.Terrain);
        var held = RegisterConformity.CheckAll(check, register, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(options.Value.UtcOffset).DateTime);
        var byId = held.ToDictionary(h => h.Conformity.SiteId, h => h.Registered, StringComparer.Ordinal);
        var results = held.Select(h => h.Conformity).ToList();
        var groups = request.ByRule ? NonconformingList.ByRule(results) : NonconformingList.ByRuleAndDeadline(results);
        var communes = new CommuneLocator(current.Engine.Index);
        return new NonconformingListView(
            check.PlanVersion,
            today,
            request.ByRule ? "rule" : "deadline",
            held.Count(h => h.Conformity.Judged),
            results.Count(r => r.Judged && !r.Conforms),
            NonconformingList.Overdue(results, today).Count,
            [
                .. groups
                    .Where(g => request.RuleId is null || string.Equals(g.RuleId, request.RuleId, StringComparison.OrdinalIgnoreCase))
                    .Select(g => Group(g, byId, communes, today, request.English)),
            ]
        );
    }

    private static NonconformingGroupView Group(
        NonconformingGroup g,
        Dictionary<string, RegisteredStructure> byId,
        CommuneLocator communes,
        DateOnly today,
        bool english
    )
    {
        var rule = ConformityCheck.Rules.First(r => r.Id == g.RuleId);
        var (remedyVi, remedyEn) = g.Deadline?.Words ?? (FailingRuleView.NoDeadlineVi, FailingRuleView.NoDeadlineEn);
        return new NonconformingGroupView(
            g.RuleId,
            rule.TitleVi,
            rule.TitleEn,
            g.Deadline?.Date,
            remedyVi,
            remedyEn,
            g.Deadline?.Citation,
            g.Deadline is { } d && d.Date < today,
            g.Structures.Count,
            [.. g.Structures.Select(c => Entry(c, g.RuleId, byId[c.SiteId], communes, english))]
        );
    }

    private static NonconformingEntryView Entry(
        StructureConformity c,
        string ruleId,
        RegisteredStructure registered,
        CommuneLocator communes,
        bool english
    )
    {
        var s = registered.Structure;
        var failure = c.Failures.First(f => f.RuleId == ruleId).Rule;
        var commune = communes.At(s.Location.X, s.Location.Y);
        return new NonconformingEntryView(
            s.Id,
            s.Owner,
            s.Code,
            s.Location.X,
            s.Location.Y,
            s.PoleClass.ToString(),
            s.HeightM,
            registered.Status.Code(),
            english ? registered.Status.En() : registered.Status.Vi(),
            commune?.Code,
            commune?.FullName,
            failure.MessageVi,
            failure.MessageEn,
            failure.MeasuredValue,
            failure.Unit,
            failure.Threshold
        );
    }
}

/// <summary>The structures found standing with no matching approval (issue 11, 4 and 5), the latest finding first.</summary>
public sealed record ListUnpermitted(string? Commune, string? Carrier, bool English) : IRequest<IReadOnlyList<UnpermittedView>>;

public sealed class ListUnpermittedHandler(IAppraisalStore store, CurrentPlan current)
    : IRequestHandler<ListUnpermitted, IReadOnlyList<UnpermittedView>>
{
    public async ValueTask<IReadOnlyList<UnpermittedView>> Handle(ListUnpermitted request, CancellationToken cancellationToken)
    {
        var communes = new CommuneLocator(current.Engine.Index);
        if (request.Commune is { } code)
            RegisterPlaces.Resolve(communes, code);
        var events = await store.LoadRegisterEventsAsync(cancellationToken: cancellationToken);
        var register = RegisterState.Fold(events);
        var filter = new StructureFilter(request.Carrier, LifecycleStage.Unpermitted);
        var unpermitted = register.Structures.Where(s => filter.Matches(s)).ToList();
        if (unpermitted.Count == 0)
            return [];
        // The event that marked each one unpermitted: its latest event of that stage.
        var marking = events
            .Where(e => e.Stage == LifecycleStage.Unpermitted)
            .GroupBy(e => e.StructureId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.MaxBy(e => e.Id)!, StringComparer.OrdinalIgnoreCase);
        return
        [
            .. unpermitted
                .Select(s => (Structure: s, Commune: communes.At(s.Structure.Location.X, s.Structure.Location.Y)))
                .Where(x =>
                    request.Commune is not { } c || communes.IsIn(c, x.Structure.Structure.Location.X, x.Structure.Structure.Location.Y)
                )
                .OrderByDescending(x => x.Structure.Since)
                .ThenBy(x => x.Structure.Structure.Id, StringComparer.Ordinal)
                .Select(x =>
                    UnpermittedView.Of(x.Structure, marking.GetValueOrDefault(x.Structure.Structure.Id), x.Commune, request.English)
                ),
        ];
    }
}

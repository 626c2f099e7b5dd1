using Mediator;
using NetTopologySuite.Geometries;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Appraisal.Conformity;
using TelecomGis.Core.Register;
using TelecomGis.Core.Register.Permits;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Register;

/// <summary>
/// The structures in a box (WGS 84) or a commune (a code of the units since 1 July 2025), or both, as of an instant (now when none),
/// found through the store's spatial index, each held against the current plan, and narrowed by the filter.
/// </summary>
/// <param name="LacksPapers">Only structures standing with neither an approval nor a construction permit or exemption.</param>
public sealed record ListStructures(
    Envelope? Box,
    string? Commune,
    StructureFilter Filter,
    DateTimeOffset? AsOf,
    bool English,
    bool LacksPapers = false
) : IRequest<IReadOnlyList<StructureView>>;

public sealed class ListStructuresHandler(IAppraisalStore store, CurrentPlan current)
    : IRequestHandler<ListStructures, IReadOnlyList<StructureView>>
{
    public async ValueTask<IReadOnlyList<StructureView>> Handle(ListStructures request, CancellationToken cancellationToken)
    {
        var communes = new CommuneLocator(current.Engine.Index);
        var box = request.Box;
        if (request.Commune is { } code)
        {
            var commune = RegisterPlaces.Resolve(communes, code);
            var envelope = commune.Boundary.EnvelopeInternal;
            box = box is null ? envelope : box.Intersection(envelope);
            if (box.IsNull)
                return [];
        }
        var ids = await store.StructureIdsInBoxAsync(box!, cancellationToken);
        if (ids.Count == 0)
            return [];
        var register = await store.LoadRegisterAsync(request.AsOf, null, cancellationToken);
        var check = new ConformityCheck(current.Engine.Index, current.Engine.Terrain);
        var permits = request.LacksPapers
            ? ConstructionPermit.Latest(await store.ListConstructionPermitsAsync(null, cancellationToken), request.AsOf)
            : null;
        var views = new List<StructureView>();
        foreach (var s in ids.Select(register.Find).OfType<RegisteredStructure>())
        {
            var at = s.Structure.Location.Coordinate;
            if (s.Status == LifecycleStage.Dismantled || !box!.Contains(at))
                continue;
            if (request.Commune is { } c && !communes.IsIn(c, at.X, at.Y))
                continue;
            if (permits is not null && !LegalStanding.LacksPapers(s, permits.GetValueOrDefault(s.Structure.Id)))
                continue;
            var conformity = RegisterConformity.Check(check, s);
            if (request.Filter.Matches(s, conformity))
                views.Add(StructureView.Of(s, request.English, conformity));
        }
        return views;
    }
}

/// <summary>One structure with its history, its commune, its conformity with the current plan (and its inspections, for the department).</summary>
public sealed record GetStructure(ApiUser User, string Id, DateTimeOffset? AsOf, bool English) : IRequest<StructureRecord>;

public sealed class GetStructureHandler(IAppraisalStore store, CurrentPlan current) : IRequestHandler<GetStructure, StructureRecord>
{
    public async ValueTask<StructureRecord> Handle(GetStructure request, CancellationToken cancellationToken)
    {
        var events = await store.LoadRegisterEventsAsync(request.Id, request.AsOf, cancellationToken);
        if (events.Count == 0)
            throw new NotFoundException($"No structure {request.Id} in the register.", $"Không có vị trí {request.Id} trong sổ hạ tầng.");
        var state = RegisterState.Fold(events);
        var structure = state.Find(request.Id)!;
        var inspections = request.User.IsDepartment ? await store.ListInspectionsAsync(request.Id, cancellationToken) : [];
        var check = new ConformityCheck(current.Engine.Index, current.Engine.Terrain);
        var conformity = RegisterConformity.Check(check, structure);
        var permit = ConstructionPermit
            .Latest(await store.ListConstructionPermitsAsync(request.Id, cancellationToken), request.AsOf)
            .Values.FirstOrDefault();
        var at = structure.Structure.Location.Coordinate;
        var commune = new CommuneLocator(current.Engine.Index).At(at.X, at.Y);
        return new StructureRecord(
            StructureView.Of(structure, request.English, conformity),
            [.. events.Select(e => RegisterEventView.Of(e, request.English))],
            inspections,
            commune?.Code,
            commune?.FullName,
            conformity is null ? null : ConformityView.Of(check.PlanVersion, conformity),
            permit is null ? null : ConstructionPermitView.Of(permit, request.English)
        );
    }
}

/// <summary>The register's counts as of an instant (now when none).</summary>
public sealed record CountRegister(DateTimeOffset? AsOf) : IRequest<RegisterCountsView>;

public sealed class CountRegisterHandler(IAppraisalStore store) : IRequestHandler<CountRegister, RegisterCountsView>
{
    public async ValueTask<RegisterCountsView> Handle(CountRegister request, CancellationToken cancellationToken) =>
        RegisterCountsView.Of(await store.LoadRegisterAsync(request.AsOf, null, cancellationToken));
}

/// <summary>Violations no later inspection found put right, oldest deadline first, each saying whether it is overdue.</summary>
public sealed record ListOpenViolations : IRequest<IReadOnlyList<OpenViolation>>;

public sealed class ListOpenViolationsHandler(
    IAppraisalStore store,
    TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<Letters.LetterOptions> options
) : IRequestHandler<ListOpenViolations, IReadOnlyList<OpenViolation>>
{
    public async ValueTask<IReadOnlyList<OpenViolation>> Handle(ListOpenViolations request, CancellationToken cancellationToken) =>
        OpenViolations.Of(
            await store.ListInspectionsAsync(cancellationToken: cancellationToken),
            DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(options.Value.UtcOffset).DateTime)
        );
}

/// <summary>What an inspector records (attachments come as a later multipart upload: not in this body).</summary>
public sealed record InspectionInput(
    string StructureId,
    DateOnly InspectedOn,
    IReadOnlyList<string> Inspectors,
    string Findings,
    string Outcome,
    string? RuleId,
    string? PenaltyNumber,
    DateOnly? PenaltyDate,
    DateOnly? Deadline
);

/// <summary>Records an inspection of a structure in the register.</summary>
public sealed record RecordInspection(ApiUser User, InspectionInput Input) : IRequest<Inspection>, IValidated
{
    public IEnumerable<FieldError> Validate()
    {
        var i = Input;
        if (string.IsNullOrWhiteSpace(i.StructureId))
            yield return new FieldError("structure_id", "structure_id names the structure inspected.", "Cần ghi mã vị trí được kiểm tra.");
        if (i.Inspectors is null || i.Inspectors.Count == 0 || i.Inspectors.Any(string.IsNullOrWhiteSpace))
            yield return new FieldError(
                "inspectors",
                "inspectors lists who inspected, at least one name.",
                "Cần ghi tên ít nhất một người kiểm tra."
            );
        if (string.IsNullOrWhiteSpace(i.Findings))
            yield return new FieldError("findings", "findings says what the inspection found.", "Cần ghi kết quả kiểm tra.");
        if (i.Outcome is not ("compliant" or "violation"))
            yield return new FieldError(
                "outcome",
                "outcome is compliant or violation.",
                "Kết luận là 'compliant' (đạt) hoặc 'violation' (vi phạm)."
            );
        if (i.Outcome == "violation" && string.IsNullOrWhiteSpace(i.RuleId))
            yield return new FieldError(
                "rule_id",
                "A violation names the rule broken (rule_id, e.g. R07).",
                "Vi phạm cần ghi quy định bị vi phạm (ví dụ R07)."
            );
    }
}

public sealed class RecordInspectionHandler(IAppraisalStore store, TimeProvider clock) : IRequestHandler<RecordInspection, Inspection>
{
    public async ValueTask<Inspection> Handle(RecordInspection request, CancellationToken cancellationToken)
    {
        var i = request.Input;
        if ((await store.LoadRegisterEventsAsync(i.StructureId, null, cancellationToken)).Count == 0)
            throw new NotFoundException(
                $"No structure {i.StructureId} in the register.",
                $"Không có vị trí {i.StructureId} trong sổ hạ tầng."
            );
        return await store.RecordInspectionAsync(
            new Inspection(
                0,
                i.StructureId.Trim(),
                i.InspectedOn,
                [.. i.Inspectors.Select(n => n.Trim())],
                i.Findings.Trim(),
                i.Outcome == "compliant" ? InspectionOutcome.Compliant : InspectionOutcome.Violation,
                i.RuleId?.Trim(),
                i.PenaltyNumber?.Trim(),
                i.PenaltyDate,
                i.Deadline,
                request.User.UserId,
                clock.GetUtcNow(),
                []
            ),
            [],
            cancellationToken
        );
    }
}

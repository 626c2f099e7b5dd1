using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Planning;

/// <summary>
/// A province's passive-telecom-infrastructure plan with everything an appraisal is judged against:
/// boundaries, zones, planned positions, restricted areas, airports, the existing sites and the rule table.
/// All geometries are WGS 84; metric work happens in <see cref="Province"/>'s TM-3 system.
/// </summary>
public sealed record ProvincePlan(
    PlanVersion Version,
    PlanMetadata Metadata,
    Province Province,
    IReadOnlyList<Commune> Communes,
    IReadOnlyList<PlanZone> Zones,
    IReadOnlyList<PlannedPosition> PlannedPositions,
    IReadOnlyList<RestrictedArea> RestrictedAreas,
    IReadOnlyList<Airport> Airports,
    IReadOnlyList<Site> Sites,
    IReadOnlyList<SensitivePlace> SensitivePlaces,
    IReadOnlyList<FiberRoute> FiberRoutes,
    IReadOnlyList<PostalServicePoint> PostalPoints,
    RuleTable Rules
)
{
    public PlanZone DefaultZone =>
        Zones.FirstOrDefault(z => z.Id == Metadata.DefaultZoneId)
        ?? throw new InvalidOperationException($"The plan's default zone '{Metadata.DefaultZoneId}' is not among its zones.");
}

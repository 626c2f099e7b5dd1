using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;

namespace TelecomGis.Core.Spatial;

/// <summary>
/// A plan projected into its province's metric frame with an STR-tree over every layer: what the appraisal engine
/// and the analyses query. Built once per plan version (a few hundred milliseconds), then read concurrently.
/// </summary>
public sealed class PlanIndex
{
    public PlanIndex(ProvincePlan plan, DateOnly? communesValidOn = null)
    {
        Plan = plan;
        Frame = new MetricFrame(plan.Province.Epsg);
        var validOn = communesValidOn ?? DateOnly.FromDateTime(DateTime.UtcNow);
        CommunesValidOn = validOn;

        Province = new SpatialLayer<Province>([(plan.Province, Frame.ToMetric(plan.Province.Boundary))]);
        Communes = Layer(plan.Communes.Where(c => c.Validity.Contains(validOn)), c => c.Boundary);
        Zones = Layer(plan.Zones.Where(z => !z.Geometry.IsEmpty), z => z.Geometry);
        PlannedPositions = Layer(plan.PlannedPositions, p => p.Location);
        RestrictedAreas = Layer(plan.RestrictedAreas, a => a.Geometry);
        Sites = Layer(plan.Sites, s => s.Location);
        SensitivePlaces = Layer(plan.SensitivePlaces, p => p.Geometry);
        Airports = [.. plan.Airports.Select(a => new AirportGeometry(a, Frame))];
        SitesById = plan.Sites.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        DefaultZone = plan.DefaultZone;
        ObstacleSurfaces = new ObstacleLimitationSurfaces(plan.Rules);
        MaxRestrictionBufferM = plan.RestrictedAreas.Count == 0 ? 0 : plan.RestrictedAreas.Max(a => a.BufferM);
    }

    public ProvincePlan Plan { get; }
    public MetricFrame Frame { get; }
    public DateOnly CommunesValidOn { get; }
    public SpatialLayer<Province> Province { get; }
    public SpatialLayer<Commune> Communes { get; }
    public SpatialLayer<PlanZone> Zones { get; }
    public SpatialLayer<PlannedPosition> PlannedPositions { get; }
    public SpatialLayer<RestrictedArea> RestrictedAreas { get; }
    public SpatialLayer<Site> Sites { get; }
    public SpatialLayer<SensitivePlace> SensitivePlaces { get; }
    public IReadOnlyList<AirportGeometry> Airports { get; }
    public IReadOnlyDictionary<string, Site> SitesById { get; }
    public PlanZone DefaultZone { get; }

    /// <summary>The aerodromes' obstacle limitation surfaces, dimensioned by the plan's rule table.</summary>
    public ObstacleLimitationSurfaces ObstacleSurfaces { get; }

    /// <summary>The widest buffer of any restricted area: how far around a site the restriction query must look.</summary>
    public double MaxRestrictionBufferM { get; }

    public RuleTable Rules => Plan.Rules;

    private SpatialLayer<T> Layer<T>(IEnumerable<T> items, Func<T, Geometry> geometry) =>
        new(items.Select(i => (i, Frame.ToMetric(geometry(i)))));
}

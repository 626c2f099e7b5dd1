using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;

namespace TelecomGis.Core.Spatial;

/// <summary>
/// A plan projected into its province's metric frame with an STR-tree over every layer: what the appraisal engine
/// and the analyses query. Built once per plan version and day (a few hundred milliseconds), then read concurrently.
/// The layers only the analyses need (postal points, fiber routes, the last units with a district) are built on first use.
/// </summary>
public sealed class PlanIndex
{
    private readonly Lazy<SpatialLayer<PostalServicePoint>> _postalPoints;
    private readonly Lazy<SpatialLayer<FiberRoute>> _fiberRoutes;
    private readonly Lazy<SpatialLayer<Commune>> _districtCommunes;

    /// <param name="plan">The plan version.</param>
    /// <param name="communesValidOn">
    /// The day whose communes the index holds: units are dated (those merged on 1 July 2025 end the day before), so the same plan
    /// has other communes on another day. A caller that runs for days passes each day's date (<see cref="PlanIndexByDay"/>).
    /// </param>
    public PlanIndex(ProvincePlan plan, DateOnly communesValidOn)
    {
        Plan = plan;
        Frame = new MetricFrame(plan.Province.Epsg);
        CommunesValidOn = communesValidOn;

        // The layers are independent, so they are built side by side: the CLI waits for the index with the input already read
        // (issue 14, item 5). Each is the same as built alone; the province's coast and the communes take the longest.
        SpatialLayer<Province>? province = null;
        SpatialLayer<Commune>? communes = null;
        SpatialLayer<PlanZone>? zones = null;
        SpatialLayer<PlannedPosition>? planned = null;
        SpatialLayer<RestrictedArea>? restricted = null;
        SpatialLayer<Site>? sites = null;
        SpatialLayer<SensitivePlace>? sensitive = null;
        Action[] builds =
        [
            () => province = new SpatialLayer<Province>([(plan.Province, Frame.ToMetric(plan.Province.Boundary))]),
            () => communes = Layer(plan.Communes.Where(c => c.Validity.Contains(communesValidOn)), c => c.Boundary),
            () => zones = Layer(plan.Zones.Where(z => !z.Geometry.IsEmpty), z => z.Geometry),
            () =>
            {
                planned = Layer(plan.PlannedPositions, p => p.Location);
                restricted = Layer(plan.RestrictedAreas, a => a.Geometry);
                sites = Layer(plan.Sites, s => s.Location);
                sensitive = Layer(plan.SensitivePlaces, p => p.Geometry);
            },
        ];
        // A layer that cannot be built fails the index with its own exception, the first in the order above, as when they were
        // built one after another (not an AggregateException of whichever failed).
        var failures = new Exception?[builds.Length];
        Parallel.For(0, builds.Length, i =>
        {
            try
            {
                builds[i]();
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        });
        if (failures.FirstOrDefault(e => e is not null) is { } failure)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        (Province, Communes, Zones, PlannedPositions, RestrictedAreas, Sites, SensitivePlaces) = (
            province!,
            communes!,
            zones!,
            planned!,
            restricted!,
            sites!,
            sensitive!
        );
        Airports = [.. plan.Airports.Select(a => new AirportGeometry(a, Frame))];
        SitesById = plan.Sites.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        DefaultZone = plan.DefaultZone;
        ObstacleSurfaces = new ObstacleLimitationSurfaces(plan.Rules);
        MaxRestrictionBufferM = plan.RestrictedAreas.Count == 0 ? 0 : plan.RestrictedAreas.Max(a => a.BufferM);
        LastDistrictUnits = DistrictUnits.Last(plan.Communes);
        _plannedByCarrierAndClass = new(CarrierAndClass.Instance);
        _postalPoints = new(() => Layer(plan.PostalPoints, p => p.Location));
        _fiberRoutes = new(() => Layer(plan.FiberRoutes, r => r.Path));
        _districtCommunes = new(() => Layer(LastDistrictUnits?.Communes ?? [], c => c.Boundary));
    }

    /// <summary>The same index over another set of existing sites (the register as of an appraisal, issue 11).</summary>
    private PlanIndex(PlanIndex other, IReadOnlyList<Site> sites)
        : this(other, sites, null, null) { }

    /// <param name="siteLayer">The sites' layer when it was built from <paramref name="other"/>'s (null: built here).</param>
    /// <param name="sitesById">The sites by id when built from <paramref name="other"/>'s (null: built here).</param>
    private PlanIndex(PlanIndex other, IReadOnlyList<Site> sites, SpatialLayer<Site>? siteLayer, Dictionary<string, Site>? sitesById)
    {
        Plan = other.Plan with { Sites = sites };
        Frame = other.Frame;
        CommunesValidOn = other.CommunesValidOn;
        Province = other.Province;
        Communes = other.Communes;
        Zones = other.Zones;
        PlannedPositions = other.PlannedPositions;
        RestrictedAreas = other.RestrictedAreas;
        Sites = siteLayer ?? Layer(sites, s => s.Location);
        SensitivePlaces = other.SensitivePlaces;
        Airports = other.Airports;
        SitesById = sitesById ?? sites.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        DefaultZone = other.DefaultZone;
        ObstacleSurfaces = other.ObstacleSurfaces;
        MaxRestrictionBufferM = other.MaxRestrictionBufferM;
        LastDistrictUnits = other.LastDistrictUnits;
        _plannedByCarrierAndClass = other._plannedByCarrierAndClass;
        _postalPoints = other._postalPoints;
        _fiberRoutes = other._fiberRoutes;
        _districtCommunes = other._districtCommunes;
    }

    /// <summary>
    /// This index with <paramref name="sites"/> as the existing sites, every other layer shared (nothing else is rebuilt): what an
    /// appraisal reads when the register, not the plan bundle, holds the structures (issue 11).
    /// </summary>
    public PlanIndex WithSites(IReadOnlyList<Site> sites) => new(this, sites);

    /// <summary>
    /// This index with <paramref name="added"/> after its existing sites: the same index as <see cref="WithSites"/> of all of them
    /// in that order, built without projecting the sites already indexed again (a dossier's proposals added to the register's
    /// sites, issue 14). An id already present is refused, as <see cref="WithSites"/> refuses it.
    /// </summary>
    public PlanIndex WithSitesAdded(IReadOnlyList<Site> added)
    {
        var byId = new Dictionary<string, Site>(SitesById, StringComparer.OrdinalIgnoreCase);
        foreach (var s in added)
            byId.Add(s.Id, s);
        return new(this, [.. Plan.Sites, .. added], Sites.With(added.Select(s => (s, Frame.ToMetric(s.Location)))), byId);
    }

    public ProvincePlan Plan { get; }
    public MetricFrame Frame { get; }

    /// <summary>The day whose communes <see cref="Communes"/> holds.</summary>
    public DateOnly CommunesValidOn { get; }

    public SpatialLayer<Province> Province { get; }

    /// <summary>The communes valid on <see cref="CommunesValidOn"/>, in the plan's order.</summary>
    public SpatialLayer<Commune> Communes { get; }

    public SpatialLayer<PlanZone> Zones { get; }
    public SpatialLayer<PlannedPosition> PlannedPositions { get; }

    /// <summary>
    /// The planned positions open to <paramref name="carrier"/> (its own and the shared ones) whose classes allow
    /// <paramref name="poleClass"/>: a layer that gives the same nearest position as <see cref="PlannedPositions"/> with that
    /// filter (<see cref="SpatialLayer{T}.Subset"/>). Most positions allow light classes only, so a search for a bulky tower's
    /// opened nearly every box of the whole layer (R08, issue 14, item 5). Built at the first ask, kept for a few dozen pairs.
    /// </summary>
    public SpatialLayer<PlannedPosition> PlannedPositionsOpenTo(string carrier, PoleClass poleClass)
    {
        if (_plannedByCarrierAndClass.TryGetValue((carrier, poleClass), out var layer))
            return layer;
        layer = PlannedPositions.Subset(p => p.IsOpenTo(carrier) && p.AllowedClasses.Contains(poleClass));
        // A carrier's name is whatever a row says: past a few dozen pairs the layers are built for the one search, not kept.
        if (_plannedByCarrierAndClass.Count < MaxPlannedSubsets)
            _plannedByCarrierAndClass.TryAdd((carrier, poleClass), layer);
        return layer;
    }

    private const int MaxPlannedSubsets = 64;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<
        (string Carrier, PoleClass PoleClass),
        SpatialLayer<PlannedPosition>
    > _plannedByCarrierAndClass;

    private sealed class CarrierAndClass : IEqualityComparer<(string Carrier, PoleClass PoleClass)>
    {
        public static readonly CarrierAndClass Instance = new();

        public bool Equals((string Carrier, PoleClass PoleClass) a, (string Carrier, PoleClass PoleClass) b) =>
            a.PoleClass == b.PoleClass && string.Equals(a.Carrier, b.Carrier, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Carrier, PoleClass PoleClass) key) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(key.Carrier), key.PoleClass);
    }

    public SpatialLayer<RestrictedArea> RestrictedAreas { get; }
    public SpatialLayer<Site> Sites { get; }
    public SpatialLayer<SensitivePlace> SensitivePlaces { get; }
    public IReadOnlyList<AirportGeometry> Airports { get; }
    public IReadOnlyDictionary<string, Site> SitesById { get; }
    public PlanZone DefaultZone { get; }

    /// <summary>The postal service points, in the plan's order (built on first use).</summary>
    public SpatialLayer<PostalServicePoint> PostalPoints => _postalPoints.Value;

    /// <summary>The fiber routes, in the plan's order (built on first use).</summary>
    public SpatialLayer<FiberRoute> FiberRoutes => _fiberRoutes.Value;

    /// <summary>The last units that carried a district, whatever <see cref="CommunesValidOn"/> is; null when the plan has none.</summary>
    public DistrictUnits? LastDistrictUnits { get; }

    /// <summary>The communes of <see cref="LastDistrictUnits"/>, in the plan's order (built on first use; empty without districts).</summary>
    public SpatialLayer<Commune> DistrictCommunes => _districtCommunes.Value;

    /// <summary>The aerodromes' obstacle limitation surfaces, dimensioned by the plan's rule table.</summary>
    public ObstacleLimitationSurfaces ObstacleSurfaces { get; }

    /// <summary>The widest buffer of any restricted area: how far around a site the restriction query must look.</summary>
    public double MaxRestrictionBufferM { get; }

    public RuleTable Rules => Plan.Rules;

    private SpatialLayer<T> Layer<T>(IEnumerable<T> items, Func<T, Geometry> geometry) =>
        new(items.Select(i => (i, Frame.ToMetric(geometry(i)))));
}

using NetTopologySuite.Geometries;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Appraisal;

/// <summary>
/// One site being appraised: its metric location and what several rules share (the zones that cover it, the site it shares),
/// computed once per appraisal.
/// </summary>
public sealed class AppraisalContext
{
    private readonly List<IndexedFeature<PlanZone>> _zoneHits = new(4);
    private List<PlanZone>? _zonesByToleranceOnly;

    internal AppraisalContext(PlanIndex index, ProposedSite site, Coordinate location)
    {
        Index = index;
        Site = site;
        Location = location;
        index.Zones.Covering(location, _zoneHits);
        Zones = _zoneHits.Count == 0 ? [index.DefaultZone] : [.. _zoneHits.Select(h => h.Item)];
        InUrbanZone = Zones.Any(z => z.IsUrban);
        foreach (var hit in _zoneHits)
        {
            if (!hit.CoversExactly(location))
                (_zonesByToleranceOnly ??= []).Add(hit.Item);
        }
        SharedSite = site.IsNewStructure ? null : index.SitesById.GetValueOrDefault(site.SharesSiteId!);
    }

    public PlanIndex Index { get; }

    public ProposedSite Site { get; }

    /// <summary>The site in the province's TM-3 metres.</summary>
    public Coordinate Location { get; }

    /// <summary>The zones that cover the site, or the plan's default zone when none does (R05).</summary>
    public IReadOnlyList<PlanZone> Zones { get; }

    /// <summary>Whether any covering zone is urban: urban tolerances and spacings apply.</summary>
    public bool InUrbanZone { get; }

    /// <summary>The existing site the equipment goes onto, when the carrier names one that exists.</summary>
    public Site? SharedSite { get; }

    public RuleTable Rules => Index.Rules;

    /// <summary>
    /// Whether the site counts as inside <paramref name="zone"/> only thanks to the 5 mm tolerance (within 5 mm outside it,
    /// APPRAISAL.md second edition, 1): a rule whose objection that zone decides says so in its message.
    /// </summary>
    public bool InZoneOnlyByTolerance(PlanZone zone) => _zonesByToleranceOnly?.Contains(zone) == true;

    /// <summary>The tolerance note (<see cref="Distances.ToleranceNote"/>) when <paramref name="zone"/> holds the site only by it, else empty.</summary>
    public (string Vi, string En) ToleranceNoteFor(PlanZone zone) => InZoneOnlyByTolerance(zone) ? Distances.ToleranceNote : ("", "");

    /// <summary>
    /// The nearest restricted area of the given effect whose reach (the polygon widened by its buffer) covers the site,
    /// with the site's distance from the polygon; null when none does.
    /// </summary>
    public (RestrictedArea Area, double DistanceM)? RestrictionReaching(RestrictionEffect effect)
    {
        var hits = new List<(IndexedFeature<RestrictedArea> Feature, double DistanceM)>();
        Index.RestrictedAreas.WithinDistance(Location, Index.MaxRestrictionBufferM, hits, a => a.Effect == effect);
        (RestrictedArea, double)? best = null;
        foreach (var (f, d) in hits)
        {
            if (Distances.Within(d, f.Item.BufferM) && (best is null || d < best.Value.Item2))
                best = (f.Item, d);
        }
        return best;
    }

    public static FeatureRef Ref(PlanZone z) => new("zones", z.Id, z.Name);

    public static FeatureRef Ref(RestrictedArea a) => new("restricted-areas", a.Id, a.Name);

    public static FeatureRef Ref(PlannedPosition p) => new("planned-positions", p.Id, p.Carrier ?? "shared");

    public static FeatureRef Ref(Site s) => new("sites", s.Id, $"{s.Carrier} {s.Code}");

    public static FeatureRef Ref(SensitivePlace p) => new("sensitive-places", p.Id, p.Name);
}

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
    private List<PlanZone>? _zonesByToleranceOnly;

    // The zone search's list, one per thread and cleared for each site: only the zones it found outlive the constructor.
    [ThreadStatic]
    private static List<(IndexedFeature<PlanZone> Zone, bool Exactly)>? ZoneHits;

    // The default zone alone, for the sites no zone covers: one list per plan's default zone, shared (it is never changed).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PlanZone, PlanZone[]> DefaultZoneOnly = new();

    internal AppraisalContext(PlanIndex index, ProposedSite site, Coordinate location)
    {
        Index = index;
        Site = site;
        Location = location;
        var zoneHits = ZoneHits ??= new(4);
        zoneHits.Clear();
        index.Zones.Covering(location, zoneHits);
        if (zoneHits.Count == 0)
            Zones = DefaultZoneOnly.GetValue(index.DefaultZone, zone => [zone]);
        else
        {
            var zones = new PlanZone[zoneHits.Count];
            for (var i = 0; i < zones.Length; i++)
            {
                var (zone, exactly) = zoneHits[i];
                zones[i] = zone.Item;
                if (!exactly)
                    (_zonesByToleranceOnly ??= []).Add(zone.Item);
            }
            Zones = zones;
        }
        for (var i = 0; i < Zones.Count; i++)
            InUrbanZone |= Zones[i].IsUrban;
        SharedSite = site.IsNewStructure ? null : ShareableBy(site, index.SitesById.GetValueOrDefault(site.SharesSiteId!));
        Structure = site;
        if (site.IsNewStructure)
            Sharing = SharingCheck.NewStructure;
        else if (SharedSite is not { } shared)
            Sharing = SharingCheck.UnknownSite;
        else
        {
            // Sharing is a claim to check (APPRAISAL.md, second edition, 5): near enough to the named site, and the equipment's top
            // within the margin over the existing structure. Being within the tolerance favours the site: it must hold by more than 5 mm.
            ShareDistanceM = index.Frame.ToMetric(shared.Location.X, shared.Location.Y).Distance(location);
            // The existing structure as its record has it: a rooftop record's building height is the record's, the carrier's
            // declaration only where the record does not say (the equipment goes onto that building).
            var record = site with
            {
                PoleClass = shared.PoleClass,
                HeightM = shared.HeightM,
                Camouflaged = shared.Camouflaged,
                BuildingHeightM = shared.PoleClass.IsOnBuilding() ? shared.BuildingHeightM ?? site.BuildingHeightM : null,
            };
            ExistingTopM = record.HeightAboveGroundM;
            // "The declared top" is the top above natural ground (second edition, 3 and 5): building + pole for a rooftop class,
            // compared with the existing structure's top; exactly the margin over it is allowed, to the micrometre.
            if (!Distances.SafelyWithin(ShareDistanceM.Value, index.Rules.Value("R09", "share_tolerance")))
                Sharing = SharingCheck.TooFar;
            else if (site.HeightAboveGroundM - ExistingTopM.Value > index.Rules.Value("R09", "share_height_margin") + Distances.SameM)
                Sharing = SharingCheck.TooHigh;
            else
            {
                Sharing = SharingCheck.Holds;
                // The shared site is judged by the existing structure's record, not by the carrier's declaration.
                Structure = record;
            }
        }
    }

    /// <summary>What the check of a <c>sharesSiteId</c> claim found (R09); <see cref="SharingCheck.NewStructure"/> without one.</summary>
    public SharingCheck Sharing { get; }

    /// <summary>Whether the site shares an existing structure and the claim holds: R08 and the spacing test are skipped.</summary>
    public bool SharesExistingStructure => Sharing == SharingCheck.Holds;

    /// <summary>From the declared coordinates to the named existing site, when it exists.</summary>
    public double? ShareDistanceM { get; }

    /// <summary>
    /// The named existing structure's top above natural ground, when it exists: its height, plus for a rooftop class the building's
    /// (the record's, else the carrier's declared building height).
    /// </summary>
    public double? ExistingTopM { get; }

    /// <summary>
    /// The structure the class and height rules judge (R05, R06, R07, R10, R11): the carrier's declaration for a new structure, or
    /// for a shared site whose claim holds, the declaration with the existing structure's class, height, camouflage and building
    /// height from its record (the carrier's building height where the record has none; the ground elevation stays the
    /// carrier's, which the record does not hold).
    /// </summary>
    public ProposedSite Structure { get; }

    /// <summary>The words a message adds when it judged the existing structure's record, Vietnamese then English (leading space).</summary>
    public (string Vi, string En) RecordNote =>
        SharesExistingStructure
            ? ($" (theo hồ sơ công trình hiện có {SharedSite!.Id})", $" (per the existing structure {SharedSite!.Id}'s record)")
            : ("", "");

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

    /// <summary>
    /// The named site, unless it is another carrier's proposal still being appraised: that is no structure to share yet, and its id
    /// names a dossier ("HS12-1"), so answering the claim would tell any carrier whose it is and how far it lies from a point of
    /// its choosing. Such a claim reads as one of a site that does not exist. A carrier's own proposal may be named.
    /// </summary>
    private static Site? ShareableBy(ProposedSite site, Site? named) =>
        named is { Standing.Status: RegisterStatus.PendingProposal } && named.Carrier != site.Carrier ? null : named;

    public RuleTable Rules => Index.Rules;

    /// <summary>
    /// Whether the site counts as inside <paramref name="zone"/> only thanks to the 5 mm tolerance (within 5 mm outside it,
    /// APPRAISAL.md second edition, 1): a rule whose objection that zone decides says so in its message.
    /// </summary>
    public bool InZoneOnlyByTolerance(PlanZone zone) => _zonesByToleranceOnly?.Contains(zone) == true;

    /// <summary>
    /// The tolerance note (<see cref="Distances.ToleranceNote"/>) when it decided an objection <paramref name="zone"/> raised:
    /// the zone holds the site only by the 5 mm, and none of the zones that would hold it without them (or the default zone when
    /// none would) raises the same objection (<paramref name="objects"/>). Else empty: the message names the tolerance only when
    /// it decided the outcome (APPRAISAL.md, second edition, 1).
    /// </summary>
    public (string Vi, string En) ToleranceNoteFor(PlanZone zone, Func<PlanZone, bool> objects) =>
        InZoneOnlyByTolerance(zone) && !ZonesWithoutTolerance().Any(objects) ? Distances.ToleranceNote : ("", "");

    /// <summary>
    /// Of the zones that raise an objection, the one to name: the first that holds the site without the tolerance, else the first
    /// (held only by the tolerance); null when none objects.
    /// </summary>
    public PlanZone? ObjectingZone(Func<PlanZone, bool> objects)
    {
        PlanZone? found = null;
        for (var i = 0; i < Zones.Count; i++)
        {
            var zone = Zones[i];
            if (!objects(zone))
                continue;
            if (!InZoneOnlyByTolerance(zone))
                return zone;
            found ??= zone;
        }
        return found;
    }

    /// <summary>The zones that cover the site without the 5 mm tolerance, or the plan's default zone when none does.</summary>
    private List<PlanZone> ZonesWithoutTolerance()
    {
        var exact = Zones.Where(z => !InZoneOnlyByTolerance(z)).ToList();
        return exact.Count > 0 ? exact : [Index.DefaultZone];
    }

    /// <summary>
    /// The restricted area of the given effect whose reach (the polygon widened by its buffer) covers the site, with the site's
    /// distance from the polygon; null when none does. The nearest of those that reach it without the 5 mm tolerance, else the
    /// nearest that reaches it only by them: the area named is one that decides the outcome without the tolerance where there is one.
    /// </summary>
    public (RestrictedArea Area, double DistanceM)? RestrictionReaching(RestrictionEffect effect)
    {
        var hits = new List<(IndexedFeature<RestrictedArea> Feature, double DistanceM)>();
        Index.RestrictedAreas.WithinDistance(Location, Index.MaxRestrictionBufferM, hits, a => a.Effect == effect);
        (RestrictedArea Area, double DistanceM)? best = null;
        var bestExactly = false;
        foreach (var (f, d) in hits)
        {
            if (!Distances.Within(d, f.Item.BufferM))
                continue;
            var exactly = !Distances.WithinOnlyByTolerance(d, f.Item.BufferM);
            if (best is null || (exactly && !bestExactly) || (exactly == bestExactly && d < best.Value.DistanceM))
                (best, bestExactly) = ((f.Item, d), exactly);
        }
        return best;
    }

    public static FeatureRef Ref(PlanZone z) => new("zones", z.Id, z.Name);

    public static FeatureRef Ref(RestrictedArea a) => new("restricted-areas", a.Id, a.Name);

    public static FeatureRef Ref(PlannedPosition p) => new("planned-positions", p.Id, p.Carrier ?? "shared");

    public static FeatureRef Ref(Site s) => new("sites", s.Id, $"{s.Carrier} {s.Code}");

    public static FeatureRef Ref(SensitivePlace p) => new("sensitive-places", p.Id, p.Name);
}

using NetTopologySuite.Geometries;
using TelecomGis.Core.Appraisal.Rules;
using TelecomGis.Core.Geodesy;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;
using TelecomGis.Core.Terrain;

namespace TelecomGis.Core.Appraisal;

/// <summary>
/// Appraises proposed sites against one plan version: runs every rule of APPRAISAL.md and combines their outcomes into a verdict.
/// Stateless per call and safe to use from many threads.
/// </summary>
public sealed class AppraisalEngine
{
    /// <summary>Rules whose outcome can change a verdict; the search for a conforming point checks only these.</summary>
    private readonly IAppraisalRule[] _decisiveRules;

    /// <summary>The same without the rule that reads military and security areas: the search whose answer leaves the department.</summary>
    private readonly IAppraisalRule[] _decisiveRulesOnThePublicPlan;

    /// <summary>The rules as an array, and which of them is a precondition: read for every rule of every site.</summary>
    private readonly IAppraisalRule[] _rules;
    private readonly bool[] _isPrecondition;
    private readonly RuleResult[] _notJudgedOutside;

    /// <param name="index">The plan version, indexed.</param>
    /// <param name="rules">The rules to run (default R01–R12).</param>
    /// <param name="terrain">
    /// A terrain model (the CLI's <c>--dem</c>): when a carrier gives no ground elevation, the site's ground is read from it, so the
    /// aviation rule (R10) compares the true top of the structure with the obstacle surfaces instead of assuming the aerodrome's
    /// elevation. Where the model has no data the elevation stays unknown.
    /// </param>
    public AppraisalEngine(PlanIndex index, IReadOnlyList<IAppraisalRule>? rules = null, ITerrainModel? terrain = null)
    {
        Index = index;
        Terrain = terrain;
        Rules = rules ?? StandardRules;
        _decisiveRules = [.. Rules.Where(r => r.IsDecisive)];
        _decisiveRulesOnThePublicPlan = [.. _decisiveRules.Where(r => !ConfidentialAreas.AreReadBy(r))];
        _rules = [.. Rules];
        _isPrecondition = [.. _rules.Select(r => r.IsPrecondition)];
        // One per rule, shared by every site outside the province: a result holds no site's data and is never changed once made.
        _notJudgedOutside =
        [
            .. _rules.Select(r =>
                RuleResult.NotApplicable(r.Id, "Không đánh giá: vị trí nằm ngoài tỉnh.", "Not judged: the site is outside the province.")
            ),
        ];
    }

    /// <summary>R01–R12 in order.</summary>
    public static IReadOnlyList<IAppraisalRule> StandardRules { get; } =
    [
        new R01InsideProvince(),
        new R02Commune(),
        new R03ProhibitedArea(),
        new R04MilitaryArea(),
        new R05PoleClassAllowed(),
        new R06Camouflage(),
        new R07MaximumHeight(),
        new R08PlannedPosition(),
        new R09SpacingAndSharing(),
        new R10Aviation(),
        new R11HeightApproval(),
        new R12ElectromagneticExposure(),
    ];

    public PlanIndex Index { get; }

    public IReadOnlyList<IAppraisalRule> Rules { get; }

    public string PlanVersion => Index.Plan.Version.Hash;

    /// <summary>The terrain model that fills missing ground elevations, if any.</summary>
    public ITerrainModel? Terrain { get; }

    public AppraisalResult Appraise(ProposedSite site)
    {
        site = WithGroundFromTerrain(site, site.LonDeg, site.LatDeg);
        var location = Index.Frame.ToMetric(site.LonDeg, site.LatDeg);
        var context = new AppraisalContext(Index, site, location);
        var rules = _rules;
        var results = new RuleResult[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            results[i] = rules[i].Evaluate(context);
            // Outside the province (R01, the one precondition) nothing else of this plan can be judged.
            if (_isPrecondition[i] && results[i].Outcome == RuleOutcome.Fail)
            {
                for (var j = i + 1; j < rules.Length; j++)
                    results[j] = _notJudgedOutside[j];
                break;
            }
        }
        return new AppraisalResult(site, Verdicts.From(results), results, PlanVersion);
    }

    /// <summary>
    /// The site with its ground elevation read from the terrain model at (lon, lat) when the carrier declared none (or when it
    /// came from the terrain at another point); unchanged without a terrain model or where the model has no data.
    /// </summary>
    private ProposedSite WithGroundFromTerrain(ProposedSite site, double lonDeg, double latDeg)
    {
        if (Terrain is null)
            return site;
        if (site.GroundElevationM is not null && site.GroundElevationSource == GroundElevationSource.Carrier)
            return site;
        return Terrain.KnownElevationAt(lonDeg, latDeg) is { } ground
                ? site with
                {
                    GroundElevationM = ground,
                    GroundElevationSource = GroundElevationSource.TerrainModel,
                }
            : site.GroundElevationM is null ? site
            : site with { GroundElevationM = null, GroundElevationSource = GroundElevationSource.Carrier };
    }

    /// <summary>Whether the site would conform at a metric location: the given decisive rules, stopping at the first objection.</summary>
    private bool WouldConformAt(ProposedSite site, Coordinate location, IAppraisalRule[] decisiveRules)
    {
        if (Terrain is not null)
        {
            // Elsewhere the ground is elsewhere: a terrain-supplied elevation is read again at the candidate point.
            var (lon, lat) = Index.Frame.ToWgs84(location);
            site = WithGroundFromTerrain(site, lon, lat);
        }

        var context = new AppraisalContext(Index, site, location);
        foreach (var rule in decisiveRules)
        {
            if (rule.Evaluate(context).Outcome is RuleOutcome.Fail or RuleOutcome.Consult)
                return false;
        }
        return true;
    }

    /// <summary>
    /// The nearest point within the plan's search radius (rule table WHERE.search_radius, on a WHERE.search_step grid) where the
    /// same pole class and height would conform, plus the planned positions and existing sites within that radius. "Nearest" is
    /// to the grid's step: the grid is centred on the site and walked outwards, so no grid point nearer than the one found conforms.
    /// Callers ask it for a failing site only (<see cref="ConformingAlternative.IsSoughtFor"/>).
    /// </summary>
    /// <param name="site">The site as proposed; searched as a new structure (a sharing claim that failed is not carried along).</param>
    /// <param name="confidentialAreasCount">
    /// False for an answer that leaves the department (a carrier's, <see cref="ConfidentialAreas"/>): candidates are then judged
    /// without the rule that reads military and security areas (R04), so the point, its distance and bearing are those of a plan
    /// without them. Kept clear of an area, the point would give a carrier the distance to its edge in one request, and asked
    /// around it, its outline. Such a point may lie in an area: appraised, it then needs consultation, as any point there does.
    /// </param>
    public ConformingAlternative FindConformingAlternative(ProposedSite site, bool confidentialAreasCount = true)
    {
        var rules = confidentialAreasCount ? _decisiveRules : _decisiveRulesOnThePublicPlan;
        var radius = Index.Rules.Value("WHERE", "search_radius");
        var step = Index.Rules.Value("WHERE", "search_step");
        var origin = Index.Frame.ToMetric(site.LonDeg, site.LatDeg);
        var asNew = site with { SharesSiteId = null };

        var positions = new List<(IndexedFeature<PlannedPosition> Feature, double DistanceM)>();
        Index.PlannedPositions.WithinDistance(origin, radius, positions, p =>
            p.IsOpenTo(site.Carrier) && p.AllowedClasses.Contains(site.PoleClass) && (p.MaxHeightM is null || site.HeightM <= p.MaxHeightM)
        );
        var sites = new List<(IndexedFeature<Site> Feature, double DistanceM)>();
        // Structures that stand or are approved: a proposal still being appraised is no structure to share yet, and its place,
        // code and carrier are another carrier's dossier (R09 names the nearest one within the spacing, no more).
        Index.Sites.WithinDistance(origin, radius, sites, s => s.Standing.Status != RegisterStatus.PendingProposal);
        var positionOptions = positions
            .OrderBy(p => p.DistanceM)
            .Select(p => ConformingAlternative.Option(p.Feature.Item, p.DistanceM))
            .ToList();
        var siteOptions = sites
            .OrderBy(s => s.DistanceM)
            .Take(10)
            .Select(s => ConformingAlternative.Option(s.Feature.Item, s.DistanceM))
            .ToList();

        foreach (var (dx, dy) in SearchOffsets(radius, step))
        {
            var candidate = new Coordinate(origin.X + dx, origin.Y + dy);
            if (!WouldConformAt(asNew, candidate, rules))
                continue;
            var (lon, lat) = Index.Frame.ToWgs84(candidate);
            return new ConformingAlternative(
                true,
                lon,
                lat,
                RuleResult.Round(Math.Sqrt(dx * dx + dy * dy)),
                Math.Round(Bearings.InitialGreatCircleDeg(site.LonDeg, site.LatDeg, lon, lat), 1),
                radius,
                positionOptions,
                siteOptions
            );
        }
        return new ConformingAlternative(false, null, null, null, null, radius, positionOptions, siteOptions);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(double, double), (double Dx, double Dy)[]> Offsets = new();

    /// <summary>Grid offsets within the radius, nearest first (the origin included); built once per radius and step.</summary>
    internal static (double Dx, double Dy)[] SearchOffsets(double radiusM, double stepM) => Offsets.GetOrAdd((radiusM, stepM), key =>
        {
            var (radius, step) = key;
            var n = (int)Math.Floor(radius / step);
            var offsets = new List<(double Dx, double Dy, double D2)>();
            for (var i = -n; i <= n; i++)
            {
                for (var j = -n; j <= n; j++)
                {
                    double dx = i * step,
                        dy = j * step,
                        d2 = dx * dx + dy * dy;
                    if (d2 <= radius * radius)
                        offsets.Add((dx, dy, d2));
                }
            }
            return [.. offsets.OrderBy(o => o.D2).ThenBy(o => o.Dx).ThenBy(o => o.Dy).Select(o => (o.Dx, o.Dy))];
        });
}

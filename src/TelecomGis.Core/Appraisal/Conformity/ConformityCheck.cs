using TelecomGis.Core.Appraisal.Rules;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;
using TelecomGis.Core.Terrain;

namespace TelecomGis.Core.Appraisal.Conformity;

/// <summary>
/// Holds the register's existing structures against a plan version (issue 11, item 3): every structure re-appraised with the
/// rules that bind a structure already standing, each failure with the deadline the plan's roadmap sets. Existing structures
/// may break today's plan (APPRAISAL.md second edition, 10): this is where that is reported, not an error in the data.
/// Thread-safe and immutable; <see cref="CheckAll"/> spreads the structures over the machine's cores.
/// </summary>
/// <remarks>
/// Which rules bind a standing structure, and why:
/// <list type="bullet">
/// <item>R01 only as the precondition: a structure outside the province is not this plan's to judge.</item>
/// <item>R03 (prohibited area), R05 (class allowed by the zone) and R07 (zone's height): the plan forbids what stands there;
/// the remedy is renovation or relocation by the roadmap's deadline.</item>
/// <item>R06 (camouflage): the remedy is camouflage (or a camouflaged non-bulky replacement) by the roadmap's camouflage deadline.</item>
/// <item>R10 (aviation surfaces): an obstacle is a safety matter whatever its age; the aviation authority, not the plan, sets the
/// remedy and its date, so it is listed with no plan deadline.</item>
/// </list>
/// Left out: R02 and R12 are warnings that never change a verdict; R04 (military consultation) and R11 (height approval) are
/// steps of the permit, settled when the structure was permitted and recorded in its legal status, not conditions the plan sets
/// on a standing structure; R08 (planned positions) says where <em>new</em> structures go, and the standing ones are the plan's
/// baseline; R09 (spacing) places a new structure against existing ones, and between two standing ones the first keeps its place.
/// </remarks>
public sealed class ConformityCheck
{
    /// <summary>The rules a standing structure is held to (see the remarks), in the engine's order.</summary>
    public static IReadOnlyList<IAppraisalRule> Rules { get; } =
    [
        new R01InsideProvince(),
        new R03ProhibitedArea(),
        new R05PoleClassAllowed(),
        new R06Camouflage(),
        new R07MaximumHeight(),
        new R10Aviation(),
    ];

    private readonly AppraisalEngine _engine;
    private readonly Dictionary<RoadmapAction, RoadmapDeadline?> _deadlines;

    /// <param name="index">The plan version, indexed.</param>
    /// <param name="terrain">A terrain model for the aviation rule's ground elevation (see <see cref="AppraisalEngine"/>).</param>
    /// <param name="rules">A subset of <see cref="Rules"/> beginning with R01 (a peer that covers fewer rules compares with it); default all.</param>
    public ConformityCheck(PlanIndex index, ITerrainModel? terrain = null, IReadOnlyList<IAppraisalRule>? rules = null)
    {
        if (rules is not null && (rules.Count == 0 || rules[0] is not R01InsideProvince))
            throw new ArgumentException("The rules must begin with R01, the precondition.", nameof(rules));
        _engine = new AppraisalEngine(index, rules ?? Rules, terrain);
        _deadlines = Enum.GetValues<RoadmapAction>().ToDictionary(a => a, a => Deadline(index, a));
    }

    public string PlanVersion => _engine.PlanVersion;

    /// <summary>The roadmap's deadline for an action, or null where the plan's rule table gives none.</summary>
    public RoadmapDeadline? DeadlineFor(RoadmapAction action) => _deadlines[action];

    /// <summary>Holds one structure against the plan.</summary>
    public StructureConformity Check(Site structure)
    {
        var result = _engine.Appraise(AsProposal(structure));
        if (result.Results[0].Outcome == RuleOutcome.Fail)
            return new StructureConformity(structure, false, []);
        List<Nonconformity>? failures = null;
        foreach (var r in result.Results)
        {
            if (r.Outcome is RuleOutcome.Fail or RuleOutcome.Consult)
                (failures ??= []).Add(new Nonconformity(r, ActionFor(r.RuleId) is { } a ? _deadlines[a] : null));
        }
        return new StructureConformity(structure, true, failures is null ? [] : failures);
    }

    /// <summary>
    /// Holds every structure that stands or is approved against the plan, in the given order; pending proposals are left out (the
    /// desk appraises them). Parallel over the machine's cores.
    /// </summary>
    public IReadOnlyList<StructureConformity> CheckAll(IReadOnlyList<Site> structures, CancellationToken cancellationToken = default)
    {
        var held = structures.Where(s => s.Standing.Status != RegisterStatus.PendingProposal).ToArray();
        var results = new StructureConformity[held.Length];
        Parallel.For(
            0,
            held.Length,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => 0,
            (i, _, n) =>
            {
                results[i] = Check(held[i]);
                return n;
            },
            _ => { }
        );
        return results;
    }

    /// <summary>Which roadmap action brings a structure back into line with a rule; null for R10 (another authority decides).</summary>
    public static RoadmapAction? ActionFor(string ruleId) =>
        ruleId switch
        {
            "R06" => RoadmapAction.Camouflage,
            "R03" or "R05" or "R07" => RoadmapAction.Relocation,
            _ => null,
        };

    /// <summary>The structure as the rules read a proposal: its own class, height, building height and camouflage.</summary>
    private static ProposedSite AsProposal(Site s) =>
        new(
            0,
            s.Carrier,
            s.Code,
            s.Location.X,
            s.Location.Y,
            s.PoleClass,
            s.HeightM,
            s.Camouflaged,
            BuildingHeightM: s.BuildingHeightM,
            Sectors: s.Sectors
        );

    private static RoadmapDeadline? Deadline(PlanIndex index, RoadmapAction action) =>
        index.Rules.TryGet(RoadmapDeadline.RuleId, RoadmapDeadline.Parameter(action), out var p)
            ? new RoadmapDeadline(action, new DateOnly((int)p.Value, 12, 31), p.Key, p.Citation)
            : null;
}

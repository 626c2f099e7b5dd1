using TelecomGis.Core.Planning;

namespace TelecomGis.Core.Appraisal.Rules;

/// <summary>
/// R08: in a zone that requires planned positions, a new structure stands within the plan's tolerance of a planned position
/// open to this carrier (its own or a shared one) whose classes allow the pole class.
/// </summary>
public sealed class R08PlannedPosition : IAppraisalRule
{
    public string Id => "R08";
    public string TitleVi => "Vị trí quy hoạch";
    public string TitleEn => "Planned position";

    /// <summary>
    /// The same for every site it applies to, so one result is kept and shared: a result holds no site's data and is never
    /// changed once made, and a batch of a hundred thousand sites made one each (issue 14, item 5).
    /// </summary>
    private static readonly RuleResult NotRequired = RuleResult.NotApplicable(
        "R08",
        "Khu vực không yêu cầu vị trí quy hoạch.",
        "The zone does not require a planned position."
    );

    public RuleResult Evaluate(AppraisalContext context)
    {
        var zone = context.ObjectingZone(z => z.RequiresPlannedPosition);
        if (zone is null)
        {
            return NotRequired;
        }
        // Skipped only when the sharing claim holds (APPRAISAL.md, second edition, 5); otherwise judged as a new structure.
        if (context.SharesExistingStructure && context.SharedSite is { } shared)
        {
            return RuleResult.NotApplicable(
                Id,
                () => $"Dùng chung trạm hiện có {shared.Id}, không xây cột mới.",
                () => $"Shares existing site {shared.Id}; no new structure.",
                decidedBy: AppraisalContext.Ref(shared)
            );
        }

        var tolerance = context.Rules.Get(Id, context.InUrbanZone ? "tolerance_urban" : "tolerance_rural");
        var site = context.Site;
        bool Usable(PlannedPosition p) =>
            p.IsOpenTo(site.Carrier) && p.AllowedClasses.Contains(site.PoleClass) && (p.MaxHeightM is null || site.HeightM <= p.MaxHeightM);
        // The positions open to the carrier that allow the class, searched for one that allows the height too: the same position
        // as a search of all of them with Usable, ties included (PlanIndex.PlannedPositionsOpenTo).
        var openToClass = context.Index.PlannedPositionsOpenTo(site.Carrier, site.PoleClass);
        bool AllowsHeight(PlannedPosition p) => p.MaxHeightM is null || site.HeightM <= p.MaxHeightM;

        // A position qualifies only if it is open to the carrier, allows the class and allows the height (APPRAISAL.md, second
        // edition, 4). A nearer one within the tolerance that is open to the carrier but fails on class or height is named.
        var unsuitable = context.Index.PlannedPositions.Nearest(context.Location, tolerance.Value, p =>
            p.IsOpenTo(site.Carrier) && !Usable(p)
        );

        // Being within the tolerance favours the site, so it must hold by more than 5 mm (APPRAISAL.md, second edition, 1).
        var near = openToClass.Nearest(context.Location, tolerance.Value, AllowsHeight);
        if (near is { } hit && Spatial.Distances.SafelyWithin(hit.DistanceM, tolerance.Value))
        {
            // The sentences are written only when read (a batch reads only its objections'), the nearer unsuitable position's too.
            var nearer = unsuitable is { } u && u.DistanceM < hit.DistanceM ? unsuitable : null;
            return RuleResult.Pass(
                Id,
                () =>
                    $"Cách vị trí quy hoạch {hit.Feature.Item.Id} {Figures.VnM(hit.DistanceM)} (dung sai {Figures.VnM(tolerance.Value)}).{Unsuitable(nearer, site).Vi}",
                () =>
                    $"{Figures.EnM(hit.DistanceM)} from planned position {hit.Feature.Item.Id} (tolerance {Figures.EnM(tolerance.Value)}).{Unsuitable(nearer, site).En}",
                measured: RuleResult.Round(hit.DistanceM),
                unit: "m",
                against: tolerance.Value,
                decidedBy: AppraisalContext.Ref(hit.Feature.Item),
                citing: tolerance.Citation
            );
        }

        var nearest = openToClass.NearestAnywhere(context.Location, AllowsHeight);
        var (zoneVi, zoneEn) = context.ToleranceNoteFor(zone, z => z.RequiresPlannedPosition);
        if (nearest is { } n)
        {
            var (tolVi, tolEn) = Spatial.Distances.BeyondOnlyByTolerance(n.DistanceM, tolerance.Value)
                ? Spatial.Distances.ToleranceNote
                : (zoneVi, zoneEn);
            return RuleResult.Fail(
                Id,
                () =>
                    $"{AreaNames.Vi(zone.Name, sentenceStart: true)} yêu cầu xây tại vị trí quy hoạch; vị trí quy hoạch phù hợp gần nhất là {n.Feature.Item.Id}, cách {Figures.VnM(n.DistanceM)} (dung sai {Figures.VnM(tolerance.Value)}){tolVi}.{Unsuitable(unsuitable, site).Vi}",
                () =>
                    $"Zone \"{zone.Name}\" requires a planned position; the nearest suitable one is {n.Feature.Item.Id}, {Figures.EnM(n.DistanceM)} away (tolerance {Figures.EnM(tolerance.Value)}){tolEn}.{Unsuitable(unsuitable, site).En}",
                measured: RuleResult.Round(n.DistanceM),
                unit: "m",
                against: tolerance.Value,
                decidedBy: AppraisalContext.Ref(n.Feature.Item),
                citing: tolerance.Citation
            );
        }
        return RuleResult.Fail(
            Id,
            () =>
                $"{AreaNames.Vi(zone.Name, sentenceStart: true)} yêu cầu xây tại vị trí quy hoạch{zoneVi}, nhưng quy hoạch không có vị trí nào cho {site.Carrier} với cột {site.PoleClass}.{Unsuitable(unsuitable, site).Vi}",
            () =>
                $"Zone \"{zone.Name}\" requires a planned position{zoneEn}, but the plan has none for {site.Carrier} with a {site.PoleClass} structure.{Unsuitable(unsuitable, site).En}",
            decidedBy: AppraisalContext.Ref(zone),
            citing: tolerance.Citation
        );
    }

    /// <summary>
    /// The sentence that names a position within the tolerance, nearer than any that qualifies, which the site cannot use, and the limits it breaks: the
    /// classes it allows, its own maximum height, or both (leading space).
    /// </summary>
    private static (string Vi, string En) Unsuitable(
        (Spatial.IndexedFeature<PlannedPosition> Feature, double DistanceM)? position,
        ProposedSite site
    )
    {
        if (position is not { } found)
            return ("", "");
        var (p, distanceM) = (found.Feature.Item, found.DistanceM);
        // Every limit it breaks (second edition, 4): the classes it allows, its own maximum height, or both.
        var classRefused = !p.AllowedClasses.Contains(site.PoleClass);
        var tooHigh = p.MaxHeightM is { } max && site.HeightM > max;
        var (classVi, classEn) = classRefused
            ? (
                $"chỉ cho phép cột loại {p.AllowedClasses.Vietnamese()}, không cho phép {site.PoleClass}",
                $"allows only {p.AllowedClasses.English()} structures, not {site.PoleClass}"
            )
            : ("", "");
        var (heightVi, heightEn) = tooHigh
            ? (
                $"chiều cao tối đa {Figures.VnM(p.MaxHeightM!.Value)}, thấp hơn chiều cao cột {Figures.VnM(site.HeightM)}",
                $"has a maximum height of {Figures.EnM(p.MaxHeightM!.Value)}, under the structure's {Figures.EnM(site.HeightM)}"
            )
            : ("", "");
        var (vi, en) =
            classRefused && tooHigh ? ($"{classVi}; {heightVi}", $"{classEn}, and {heightEn}")
            : classRefused ? (classVi, classEn)
            : (heightVi, heightEn);
        return (
            $" Vị trí quy hoạch {p.Id} trong phạm vi dung sai (cách {Figures.VnM(distanceM)}) không phù hợp: {vi}.",
            $" Planned position {p.Id}, within the tolerance ({Figures.EnM(distanceM)} away), is unsuitable: it {en}."
        );
    }
}

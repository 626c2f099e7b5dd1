using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Appraisal.Rules;

/// <summary>
/// R09: a sharing claim holds (the named site exists, lies within R09.share_tolerance of the declared coordinates and its top
/// is high enough for the equipment's, APPRAISAL.md second edition 5); a new bulky structure keeps the plan's minimum distance from existing bulky (A2) structures; when it does not,
/// name the nearest one and its carrier so the carrier shares it instead. The structures are the register's as of the appraisal
/// (issue 11, item 6): in operation, approved and not built, and proposals received earlier and still pending; the message names a
/// structure's standing and its papers (the approving letter, the earlier dossier).
/// </summary>
public sealed class R09SpacingAndSharing : IAppraisalRule
{
    /// <summary>How far the rule looks for the nearest bulky structure to report when the spacing holds.</summary>
    private const double ReportReachM = 5000;

    public string Id => "R09";
    public string TitleVi => "Khoảng cách và dùng chung hạ tầng";
    public string TitleEn => "Spacing and sharing";

    public RuleResult Evaluate(AppraisalContext context)
    {
        var site = context.Site;
        if (!site.IsNewStructure)
        {
            if (context.SharedSite is not { } shared)
            {
                return RuleResult.Fail(
                    Id,
                    () => $"Trạm dùng chung \"{site.SharesSiteId}\" không có trong cơ sở dữ liệu trạm hiện có.",
                    () => $"The site to share, \"{site.SharesSiteId}\", is not among the existing sites."
                );
            }
            // Sharing is a claim to check (APPRAISAL.md, second edition, 5).
            var d = context.ShareDistanceM!.Value;
            var tolerance = context.Rules.Get(Id, "share_tolerance");
            if (context.Sharing == SharingCheck.TooFar)
            {
                var (tolVi, tolEn) = Spatial.Distances.BeyondOnlyByTolerance(d, tolerance.Value)
                    ? Spatial.Distances.ToleranceNote
                    : ("", "");
                return RuleResult.Fail(
                    Id,
                    () =>
                        $"Tọa độ khai báo cách trạm dùng chung {shared.Id} ({shared.Carrier}) {Figures.VnM(d)}, ngoài dung sai {Figures.VnM(tolerance.Value)}{tolVi}: không phải cùng một vị trí.",
                    () =>
                        $"The declared coordinates are {Figures.EnM(d)} from the site to share, {shared.Id} ({shared.Carrier}), beyond the tolerance of {Figures.EnM(tolerance.Value)}{tolEn}: not the same place.",
                    measured: RuleResult.Round(d),
                    unit: "m",
                    against: tolerance.Value,
                    decidedBy: AppraisalContext.Ref(shared),
                    citing: tolerance.Citation
                );
            }
            if (context.Sharing == SharingCheck.TooHigh)
            {
                var margin = context.Rules.Get(Id, "share_height_margin");
                // Tops above natural ground, building included for a rooftop class (second edition, 3 and 5).
                var top = site.HeightAboveGroundM;
                var existingTop = context.ExistingTopM!.Value;
                return RuleResult.Fail(
                    Id,
                    () =>
                        $"Độ cao đỉnh khai báo {Figures.VnM(top)} so với mặt đất tự nhiên vượt độ cao đỉnh công trình hiện có {shared.Id} ({Figures.VnM(existingTop)}) quá {Figures.VnM(margin.Value)}: công trình dùng chung không đủ cho thiết bị.",
                    () =>
                        $"The declared top of {Figures.EnM(top)} above natural ground exceeds the existing structure {shared.Id}'s top of {Figures.EnM(existingTop)} by more than {Figures.EnM(margin.Value)}: the shared structure cannot carry the equipment.",
                    measured: RuleResult.Round(top - existingTop),
                    unit: "m",
                    against: margin.Value,
                    decidedBy: AppraisalContext.Ref(shared),
                    citing: margin.Citation
                );
            }
            return RuleResult.Pass(
                Id,
                () =>
                    $"Dùng chung trạm {shared.Id} của {shared.Carrier}{StandingWords.Tag(shared).Vi} (cách tọa độ khai báo {Figures.VnM(d)}, trong dung sai {Figures.VnM(tolerance.Value)}; cột {shared.PoleClass} cao {Figures.VnM(shared.HeightM)}).",
                () =>
                    $"Shares {shared.Carrier}'s site {shared.Id}{StandingWords.Tag(shared).En} ({Figures.EnM(d)} from the declared coordinates, within {Figures.EnM(tolerance.Value)}; a {shared.PoleClass} structure of {Figures.EnM(shared.HeightM)}).",
                measured: RuleResult.Round(d),
                unit: "m",
                against: tolerance.Value,
                decidedBy: AppraisalContext.Ref(shared),
                citing: tolerance.Citation
            );
        }
        if (site.PoleClass.IsNotBulky())
        {
            return RuleResult.NotApplicable(
                Id,
                "Cột không cồng kềnh (A1): không áp dụng khoảng cách tối thiểu.",
                "A non-bulky (A1) structure: no minimum spacing applies."
            );
        }

        var minimum = context.Rules.Get(Id, SpacingParameter(context, site));
        static bool Bulky(Site s) => !s.PoleClass.IsNotBulky();
        // Search the spacing radius first, then widen only as far as needed to name the nearest bulky site.
        var nearest = context.Index.Sites.NearestAnywhere(context.Location, Bulky, minimum.Value, Math.Max(minimum.Value, ReportReachM));
        if (nearest is { } n && Spatial.Distances.Within(n.DistanceM, minimum.Value))
        {
            var other = n.Feature.Item;
            // Distance ≥ minimum passes, but a distance within 5 mm above the minimum counts as under it (APPRAISAL.md, second
            // edition, 1 and 6): at the minimum itself the tolerance decides, and the message says so.
            var (tolVi, tolEn) = n.DistanceM >= minimum.Value - Spatial.Distances.SameM ? Spatial.Distances.ToleranceNote : ("", "");
            // The register's structures count whatever their standing (issue 11, item 6): one approved and not built by its letter,
            // a proposal received earlier and still pending by its dossier (first received, first served).
            // The words are put together only when the sentence is read: most batches never read it (issue 14, item 5).
            return RuleResult.Fail(
                Id,
                () =>
                    $"Cách {StandingWords.Subject(other).Vi} {Figures.VnM(n.DistanceM)}, chưa vượt khoảng cách tối thiểu "
                    + $"{Figures.VnM(minimum.Value)}{tolVi}{StandingWords.Papers(other).Vi}: {StandingWords.ShareAdvice(other).Vi}.",
                () =>
                    $"{Figures.EnM(n.DistanceM)} from {StandingWords.Subject(other).En}, not beyond the minimum of "
                    + $"{Figures.EnM(minimum.Value)}{tolEn}{StandingWords.Papers(other).En}: {StandingWords.ShareAdvice(other).En}.",
                measured: RuleResult.Round(n.DistanceM),
                unit: "m",
                against: minimum.Value,
                decidedBy: AppraisalContext.Ref(other),
                citing: minimum.Citation
            );
        }
        // Beyond the minimum the nearest structure is named for information only: another carrier's proposal still being appraised
        // is its carrier's dossier and stays unnamed (a probe anywhere named one up to 5 km away, and three placed it); the
        // nearest structure the carrier may know is named instead.
        if (nearest is { } beyond && IsAnotherCarriersProposal(beyond.Feature.Item, site))
        {
            nearest = context.Index.Sites.NearestAnywhere(
                context.Location,
                s => Bulky(s) && !IsAnotherCarriersProposal(s, site),
                minimum.Value,
                Math.Max(minimum.Value, ReportReachM)
            );
        }
        if (nearest is { } far)
        {
            return RuleResult.Pass(
                Id,
                () =>
                    $"Trạm cồng kềnh gần nhất {far.Feature.Item.Id}{StandingWords.Tag(far.Feature.Item).Vi} cách {Figures.VnM(far.DistanceM)} (tối thiểu {Figures.VnM(minimum.Value)}).",
                () =>
                    $"The nearest bulky site, {far.Feature.Item.Id}{StandingWords.Tag(far.Feature.Item).En}, is {Figures.EnM(far.DistanceM)} away (minimum {Figures.EnM(minimum.Value)}).",
                measured: RuleResult.Round(far.DistanceM),
                unit: "m",
                against: minimum.Value,
                decidedBy: AppraisalContext.Ref(far.Feature.Item),
                citing: minimum.Citation
            );
        }
        return RuleResult.Pass(
            Id,
            () => $"Không có trạm cồng kềnh nào trong bán kính {Figures.VnM(ReportReachM)}.",
            () => $"No bulky site within {Figures.EnM(ReportReachM)}.",
            unit: "m",
            against: minimum.Value,
            citing: minimum.Citation
        );
    }

    private static bool IsAnotherCarriersProposal(Site s, ProposedSite site) =>
        s.Standing.Status == RegisterStatus.PendingProposal && s.Carrier != site.Carrier;

    /// <summary>
    /// Quảng Nam's plan distinguishes low and high rooftop towers and urban and other land; the Quảng Ninh bundle follows it. The
    /// names are literals, not joined per site: the rule table finds a literal name by its identity, and a name built per call cost
    /// a new identity hash and an intern-table probe on every appraisal (a sixth of the CLI's CPU, issue 14, item 5).
    /// </summary>
    private static string SpacingParameter(AppraisalContext context, ProposedSite site)
    {
        var urban = context.InUrbanZone;
        return site.PoleClass switch
        {
            PoleClass.A2a when site.HeightM <= context.Rules.Value("R09", "a2a_low_max_height") => urban
                ? "spacing_a2a_low_urban"
                : "spacing_a2a_low_other",
            PoleClass.A2a => urban ? "spacing_a2a_high_urban" : "spacing_a2a_high_other",
            PoleClass.A2b => urban ? "spacing_a2b_urban" : "spacing_a2b_other",
            _ => urban ? "spacing_a2c_urban" : "spacing_a2c_other",
        };
    }
}

using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Appraisal.Rules;

/// <summary>
/// R12: the compliance distance on boresight, r = √(EIRP / (4π·S)), with the plan's power-density limit S (TCVN 3718-1:2005);
/// warn when a school, hospital or kindergarten lies within r horizontally. Recorded only: it does not change the verdict.
/// </summary>
public sealed class R12ElectromagneticExposure : IAppraisalRule
{
    public string Id => "R12";
    public string TitleVi => "An toàn bức xạ điện từ";
    public string TitleEn => "Electromagnetic exposure";

    /// <summary>Only warns: exposure near schools and hospitals is recorded, not refused.</summary>
    public bool IsDecisive => false;

    /// <summary>The same for every dossier without an EIRP, so made once and shared, as R03's pass is (issue 14, item 5).</summary>
    private static readonly RuleResult NoEirp = RuleResult.NotApplicable(
        "R12",
        "Hồ sơ không khai công suất phát xạ (EIRP).",
        "The dossier gives no EIRP."
    );

    [ThreadStatic]
    private static List<(IndexedFeature<SensitivePlace> Feature, double DistanceM)>? Hits;

    public RuleResult Evaluate(AppraisalContext context)
    {
        var sectors = context.Site.Sectors;
        if (sectors is null || sectors.Count == 0)
        {
            return NoEirp;
        }
        var limit = context.Rules.Get(Id, "power_density_limit");
        var strongest = sectors.MaxBy(s => s.EirpDbm)!;
        var r = ComplianceDistanceM(strongest.EirpW, limit.Value);
        // One list per thread, cleared for each site: only the nearest place's figures outlive the call.
        var hits = Hits ??= [];
        hits.Clear();
        context.Index.SensitivePlaces.WithinDistance(context.Location, r, hits);
        if (hits.Count > 0)
        {
            var (f, d) = hits.MinBy(h => h.DistanceM);
            var (tolVi, tolEn) = Spatial.Distances.WithinOnlyByTolerance(d, r) ? Spatial.Distances.ToleranceNote : ("", "");
            return RuleResult.Warn(
                Id,
                () =>
                    $"{f.Item.Name} cách {Figures.VnM(d)}, trong khoảng cách tuân thủ {Figures.VnM(r)} (EIRP {Figures.Vn(strongest.EirpDbm)} dBm, S = {Figures.Vn(limit.Value)} W/m²){tolVi}.",
                () =>
                    $"{f.Item.Name} is {Figures.EnM(d)} away, within the compliance distance of {Figures.EnM(r)} (EIRP {Figures.En(strongest.EirpDbm)} dBm, S = {Figures.En(limit.Value)} W/m²){tolEn}.",
                measured: RuleResult.Round(d),
                unit: "m",
                against: RuleResult.Round(r),
                decidedBy: AppraisalContext.Ref(f.Item),
                citing: limit.Citation
            );
        }
        return RuleResult.Pass(
            Id,
            () => $"Không có trường học, bệnh viện trong khoảng cách tuân thủ {Figures.VnM(r)}.",
            () => $"No school or hospital within the compliance distance of {Figures.EnM(r)}.",
            measured: RuleResult.Round(r),
            unit: "m",
            citing: limit.Citation
        );
    }

    /// <summary>Far-field distance at which the power density on boresight falls to the limit: S = EIRP / (4π r²).</summary>
    public static double ComplianceDistanceM(double eirpW, double limitWPerM2) => Math.Sqrt(eirpW / (4 * Math.PI * limitWPerM2));
}

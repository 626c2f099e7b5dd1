using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Appraisal.Rules;

/// <summary>
/// R04: a site inside a military or security area (khu vực cấm, khu vực bảo vệ, vành đai an toàn) needs that authority's opinion.
/// Law 25/2023/QH15 publishes no buffer widths, so the polygons alone count unless the plan gives an area a buffer.
/// </summary>
public sealed class R04MilitaryArea : IAppraisalRule
{
    public string Id => "R04";
    public string TitleVi => "Khu vực quân sự, an ninh";
    public string TitleEn => "Military and security areas";

    public RuleResult Evaluate(AppraisalContext context)
    {
        var hits = new List<(IndexedFeature<RestrictedArea> Feature, double DistanceM)>();
        context.Index.RestrictedAreas.WithinDistance(context.Location, context.Index.MaxRestrictionBufferM, hits, a => a.Effect == RestrictionEffect.Consult);
        foreach (var (f, d) in hits.OrderBy(h => h.DistanceM))
        {
            var area = f.Item;
            if (!Distances.Within(d, area.BufferM)) continue;
            return new(Id, RuleOutcome.Consult,
                () => $"Vị trí nằm trong khu vực \"{area.Name}\": cần xin ý kiến {area.Authority} (Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự 25/2023/QH15).",
                () => $"The site lies in \"{area.Name}\": {area.Authority} must be consulted (Law 25/2023/QH15 on defence works and military zones).",
                RuleResult.Round(d), "m", area.BufferM, AppraisalContext.Ref(area), "Luật 25/2023/QH15");
        }
        return new(Id, RuleOutcome.Pass, "Không nằm trong khu vực quân sự, an ninh.", "Not inside a military or security area.");
    }
}

using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Appraisal.Rules;

/// <summary>R06: in a zone that requires camouflaged sites (tourist areas, Hạ Long Bay), the site must be A1 and camouflaged.</summary>
public sealed class R06Camouflage : IAppraisalRule
{
    public string Id => "R06";
    public string TitleVi => "Ngụy trang, thân thiện môi trường";
    public string TitleEn => "Camouflage";

    /// <summary>
    /// The same for every site it applies to, so one result is kept and shared: a result holds no site's data and is never
    /// changed once made, and a batch of a hundred thousand sites made one each (issue 14, item 5).
    /// </summary>
    private static readonly RuleResult NotRequired = RuleResult.NotApplicable(
        "R06",
        "Khu vực không yêu cầu ngụy trang.",
        "The zone does not require camouflage."
    );

    public RuleResult Evaluate(AppraisalContext context)
    {
        var zone = context.ObjectingZone(z => z.RequiresCamouflage);
        if (zone is null)
        {
            return NotRequired;
        }
        var site = context.Structure;
        var (recVi, recEn) = context.RecordNote;
        if (site.PoleClass.IsNotBulky() && site.Camouflaged)
        {
            return RuleResult.Pass(
                Id,
                () => $"Cột {site.PoleClass} được ngụy trang như khu vực \"{zone.Name}\" yêu cầu.",
                () => $"The {site.PoleClass} structure is camouflaged as zone \"{zone.Name}\" requires.",
                decidedBy: AppraisalContext.Ref(zone)
            );
        }
        // The sentences are written only when read: formatting the class's name per site went through reflection (issue 14, item 5).
        var bulky = !site.PoleClass.IsNotBulky();
        var (tolVi, tolEn) = context.ToleranceNoteFor(zone, z => z.RequiresCamouflage);
        return RuleResult.Fail(
            Id,
            () =>
                $"{AreaNames.Vi(zone.Name, sentenceStart: true)}{tolVi} yêu cầu trạm ngụy trang loại A1; "
                + $"{(bulky ? $"cột {site.PoleClass} là loại cồng kềnh" : "cột chưa được ngụy trang")}{recVi}.",
            () =>
                $"Zone \"{zone.Name}\"{tolEn} requires a camouflaged A1 site; "
                + $"{(bulky ? $"a {site.PoleClass} structure is bulky" : "the structure is not camouflaged")}{recEn}.",
            decidedBy: AppraisalContext.Ref(zone)
        );
    }
}

using TelecomGis.Core.Planning;

namespace TelecomGis.Core.Appraisal.Rules;

/// <summary>R03: not inside a prohibited area (a heritage core, for example) widened by that area's buffer.</summary>
public sealed class R03ProhibitedArea : IAppraisalRule
{
    public string Id => "R03";
    public string TitleVi => "Khu vực cấm xây dựng";
    public string TitleEn => "Prohibited areas";

    /// <summary>
    /// The same for every site it applies to, so one result is kept and shared: a result holds no site's data and is never
    /// changed once made, and a batch of a hundred thousand sites made one each (issue 14, item 5).
    /// </summary>
    private static readonly RuleResult NotInAnyArea = RuleResult.Pass(
        "R03",
        "Không nằm trong khu vực cấm xây dựng hay vùng đệm của nó.",
        "Not inside a prohibited area or its buffer."
    );

    public RuleResult Evaluate(AppraisalContext context)
    {
        if (context.RestrictionReaching(RestrictionEffect.Prohibit) is not var (area, d))
        {
            return NotInAnyArea;
        }
        // Within 5 mm outside the buffer counts as inside it (APPRAISAL.md, second edition, 1); the message says so then.
        var (tolVi, tolEn) = Spatial.Distances.WithinOnlyByTolerance(d, area.BufferM) ? Spatial.Distances.ToleranceNote : ("", "");
        var where =
            d <= Spatial.Distances.SameM ? ("nằm trong", "lies inside")
            : area.BufferM <= 0 ? ($"cách {Figures.VnM(d)}, coi như nằm trong", $"is {Figures.EnM(d)} from, so taken as inside,")
            : (
                $"cách {Figures.VnM(d)}, trong vùng đệm {Figures.VnM(area.BufferM)} của",
                $"is {Figures.EnM(d)} from, within the {Figures.EnM(area.BufferM)} buffer of"
            );
        return RuleResult.Fail(
            Id,
            $"Vị trí {where.Item1} khu vực cấm \"{area.Name}\" ({area.Authority}){tolVi}.",
            $"The site {where.Item2} the prohibited area \"{area.Name}\" ({area.Authority}){tolEn}.",
            measured: RuleResult.Round(d),
            unit: "m",
            against: area.BufferM,
            decidedBy: AppraisalContext.Ref(area)
        );
    }
}

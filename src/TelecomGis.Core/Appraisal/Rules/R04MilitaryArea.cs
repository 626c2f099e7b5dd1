using TelecomGis.Core.Planning;

namespace TelecomGis.Core.Appraisal.Rules;

/// <summary>
/// R04: a site inside a military or security area (khu vực cấm, khu vực bảo vệ, vành đai an toàn) needs that authority's opinion.
/// Law 25/2023/QH15 publishes no buffer widths, so the polygons alone count unless the plan gives an area a buffer.
/// </summary>
public sealed class R04MilitaryArea : IAppraisalRule
{
    public const string RuleId = "R04";

    /// <summary>
    /// What a carrier and the reply letter read of a site R04 stopped (<see cref="ConfidentialAreas"/>): the authority to consult
    /// and the law, never the area's name, where it lies or how far the site is from it.
    /// </summary>
    public const string WithheldVi =
        "Vị trí thuộc khu vực quân sự, an ninh: cần xin ý kiến Bộ Chỉ huy Quân sự tỉnh theo Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự số 25/2023/QH15.";

    /// <inheritdoc cref="WithheldVi"/>
    public const string WithheldEn =
        "The site lies in a military or security area: the provincial Military Command must be consulted (Law 25/2023/QH15 on defence works and military zones).";

    public string Id => RuleId;
    public string TitleVi => "Khu vực quân sự, an ninh";
    public string TitleEn => "Military and security areas";

    /// <summary>
    /// The same for every site it applies to, so one result is kept and shared: a result holds no site's data and is never
    /// changed once made, and a batch of a hundred thousand sites made one each (issue 14, item 5).
    /// </summary>
    private static readonly RuleResult NotInAnyArea = RuleResult.Pass(
        "R04",
        "Không nằm trong khu vực quân sự, an ninh.",
        "Not inside a military or security area."
    );

    public RuleResult Evaluate(AppraisalContext context)
    {
        if (context.RestrictionReaching(RestrictionEffect.Consult) is not var (area, d))
        {
            return NotInAnyArea;
        }
        // Within 5 mm outside the area (or its buffer) counts as inside it (APPRAISAL.md, second edition, 1); the message says so then.
        var (tolVi, tolEn) = Spatial.Distances.WithinOnlyByTolerance(d, area.BufferM) ? Spatial.Distances.ToleranceNote : ("", "");
        return RuleResult.Consult(
            Id,
            () =>
                $"Vị trí nằm trong {AreaNames.Vi(area.Name)}{tolVi}: cần xin ý kiến {area.Authority} (Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự 25/2023/QH15).",
            () =>
                $"The site lies in \"{area.Name}\"{tolEn}: {area.Authority} must be consulted (Law 25/2023/QH15 on defence works and military zones).",
            measured: RuleResult.Round(d),
            unit: "m",
            against: area.BufferM,
            decidedBy: AppraisalContext.Ref(area),
            citing: "Luật 25/2023/QH15"
        );
    }
}

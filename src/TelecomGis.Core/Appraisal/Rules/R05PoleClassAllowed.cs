namespace TelecomGis.Core.Appraisal.Rules;

/// <summary>R05: every zone that covers the site (or the default zone) allows the pole class.</summary>
public sealed class R05PoleClassAllowed : IAppraisalRule
{
    public string Id => "R05";
    public string TitleVi => "Loại cột ăng ten theo khu vực";
    public string TitleEn => "Pole class allowed by the zone";

    public RuleResult Evaluate(AppraisalContext context)
    {
        var poleClass = context.Structure.PoleClass;
        var (recVi, recEn) = context.RecordNote;
        foreach (var zone in context.Zones)
        {
            if (zone.AllowedClasses.Contains(poleClass))
                continue;
            var (tolVi, tolEn) = context.ToleranceNoteFor(zone);
            return RuleResult.Fail(
                Id,
                () =>
                    $"{AreaNames.Vi(zone.Name, sentenceStart: true)}{tolVi} chỉ cho phép cột loại {zone.AllowedClasses}, không cho phép {poleClass}{recVi}.",
                () => $"Zone \"{zone.Name}\"{tolEn} allows only {zone.AllowedClasses} structures, not {poleClass}{recEn}.",
                decidedBy: AppraisalContext.Ref(zone)
            );
        }
        var zones = context.Zones;
        string Names() => string.Join(", ", zones.Select(z => $"\"{z.Name}\""));
        return RuleResult.Pass(
            Id,
            () => $"Cột loại {poleClass} được phép trong {Names()}.",
            () => $"{poleClass} is allowed in {Names()}.",
            decidedBy: AppraisalContext.Ref(context.Zones[0])
        );
    }
}

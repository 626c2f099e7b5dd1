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
        if (zones.Count == 1)
            return SharedPass(zones[0], poleClass);
        string Names() => string.Join(", ", zones.Select(z => $"\"{z.Name}\""));
        return RuleResult.Pass(
            Id,
            () => $"Cột loại {poleClass} được phép trong {Names()}.",
            () => $"{poleClass} is allowed in {Names()}.",
            decidedBy: AppraisalContext.Ref(context.Zones[0])
        );
    }

    /// <summary>
    /// The pass in one zone, the same for every site of a pole class there (most sites lie in one zone), so made once per zone and
    /// class and shared, as R01's pass is: a result holds no site's data and is never changed once made (issue 14, item 5).
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Planning.PlanZone, RuleResult?[]> PassesIn = new();

    private static RuleResult SharedPass(Planning.PlanZone zone, Infrastructure.PoleClass poleClass)
    {
        var passes = PassesIn.GetValue(zone, _ => new RuleResult?[Enum.GetValues<Infrastructure.PoleClass>().Max(c => (int)c) + 1]);
        // Two workers may both make the same pass at first; either is kept, and both say the same.
        return passes[(int)poleClass] ??= RuleResult.Pass(
            "R05",
            $"Cột loại {poleClass} được phép trong \"{zone.Name}\".",
            $"{poleClass} is allowed in \"{zone.Name}\".",
            decidedBy: AppraisalContext.Ref(zone)
        );
    }
}

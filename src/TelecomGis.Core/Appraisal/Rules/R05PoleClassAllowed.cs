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
        var zones = context.Zones;
        for (var i = 0; i < zones.Count; i++)
        {
            if (!zones[i].AllowedClasses.Contains(poleClass))
                return NotAllowedIn(context, poleClass);
        }
        return zones.Count == 1 ? SharedPass(zones[0], poleClass) : AllowedIn(zones, poleClass);
    }

    // The fail and the pass in several zones are their own methods, so that the shared pass allocates no closure: the compiler
    // makes a method's captured variables at its start.
    private static RuleResult NotAllowedIn(AppraisalContext context, Infrastructure.PoleClass poleClass)
    {
        // A zone held only by the 5 mm gives way to one that holds the site without them and refuses the class too.
        var zone = context.ObjectingZone(z => !z.AllowedClasses.Contains(poleClass))!;
        var (recVi, recEn) = context.RecordNote;
        var (tolVi, tolEn) = context.ToleranceNoteFor(zone, z => !z.AllowedClasses.Contains(poleClass));
        return RuleResult.Fail(
            "R05",
            () =>
                $"{AreaNames.Vi(zone.Name, sentenceStart: true)}{tolVi} chỉ cho phép cột loại {zone.AllowedClasses.Vietnamese()}, không cho phép {poleClass}{recVi}.",
            () => $"Zone \"{zone.Name}\"{tolEn} allows only {zone.AllowedClasses.English()} structures, not {poleClass}{recEn}.",
            decidedBy: AppraisalContext.Ref(zone)
        );
    }

    private static RuleResult AllowedIn(IReadOnlyList<Planning.PlanZone> zones, Infrastructure.PoleClass poleClass)
    {
        string Names() => string.Join(", ", zones.Select(z => $"\"{z.Name}\""));
        return RuleResult.Pass(
            "R05",
            () => $"Cột loại {poleClass} được phép trong {Names()}.",
            () => $"{poleClass} is allowed in {Names()}.",
            decidedBy: AppraisalContext.Ref(zones[0])
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

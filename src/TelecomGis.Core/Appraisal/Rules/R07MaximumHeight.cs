namespace TelecomGis.Core.Appraisal.Rules;

/// <summary>R07: the structure height does not exceed the lowest maximum of the zones that cover the site.</summary>
public sealed class R07MaximumHeight : IAppraisalRule
{
    public string Id => "R07";
    public string TitleVi => "Chiều cao tối đa";
    public string TitleEn => "Maximum height";

    public RuleResult Evaluate(AppraisalContext context)
    {
        var zones = context.Zones;
        var limiting = zones[0];
        for (var i = 1; i < zones.Count; i++)
        {
            // At the same maximum, the zone that holds the site without the 5 mm is the one to name.
            if (
                zones[i].MaxHeightM < limiting.MaxHeightM
                || (
                    zones[i].MaxHeightM == limiting.MaxHeightM
                    && context.InZoneOnlyByTolerance(limiting)
                    && !context.InZoneOnlyByTolerance(zones[i])
                )
            )
                limiting = zones[i];
        }
        // The pole (structure) height alone, for every class (APPRAISAL.md, second edition, 3); a shared site's from its record (5).
        var height = context.Structure.HeightM;
        var (recVi, recEn) = context.RecordNote;
        var feature = AppraisalContext.Ref(limiting);
        if (height > limiting.MaxHeightM)
        {
            var (tolVi, tolEn) = context.ToleranceNoteFor(limiting, z => height > z.MaxHeightM);
            return RuleResult.Fail(
                Id,
                () =>
                    $"Chiều cao cột {Figures.VnM(height)} vượt mức tối đa {Figures.VnM(limiting.MaxHeightM)} của {AreaNames.Vi(limiting.Name)}{tolVi}{recVi}.",
                () =>
                    $"The structure's height of {Figures.EnM(height)} exceeds zone \"{limiting.Name}\"'s maximum of {Figures.EnM(limiting.MaxHeightM)}{tolEn}{recEn}.",
                measured: RuleResult.Round(height),
                unit: "m",
                against: limiting.MaxHeightM,
                decidedBy: feature
            );
        }
        return RuleResult.Pass(
            Id,
            () => $"Chiều cao {Figures.VnM(height)} không vượt mức tối đa {Figures.VnM(limiting.MaxHeightM)} (\"{limiting.Name}\"){recVi}.",
            () =>
                $"The height of {Figures.EnM(height)} is within the maximum of {Figures.EnM(limiting.MaxHeightM)} (\"{limiting.Name}\"){recEn}.",
            measured: RuleResult.Round(height),
            unit: "m",
            against: limiting.MaxHeightM,
            decidedBy: feature
        );
    }
}

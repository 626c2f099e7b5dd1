namespace TelecomGis.Core.Appraisal.Rules;

/// <summary>R11: a structure whose top is at or above the threshold over natural ground needs height approval (Decree 32/2016/NĐ-CP).</summary>
public sealed class R11HeightApproval : IAppraisalRule
{
    public string Id => "R11";
    public string TitleVi => "Chấp thuận độ cao";
    public string TitleEn => "Height approval";

    public RuleResult Evaluate(AppraisalContext context)
    {
        var threshold = context.Rules.Get(Id, "height_approval");
        // Top above natural ground: building + pole for rooftop classes (second edition, 3); a shared site's from its record (5).
        var height = context.Structure.HeightAboveGroundM;
        var (recVi, recEn) = context.RecordNote;
        if (height >= threshold.Value)
        {
            return RuleResult.Consult(
                Id,
                () =>
                    $"Độ cao công trình {Figures.VnM(height)} so với mặt đất tự nhiên{recVi}, từ {Figures.VnM(threshold.Value)} trở lên phải được chấp thuận độ cao ({threshold.Citation}).",
                () =>
                    $"The structure rises {Figures.EnM(height)} above natural ground{recEn}; {Figures.EnM(threshold.Value)} or more needs height approval ({threshold.Citation}).",
                measured: RuleResult.Round(height),
                unit: "m",
                against: threshold.Value,
                citing: threshold.Citation
            );
        }
        return RuleResult.Pass(
            Id,
            () => $"Độ cao {Figures.VnM(height)} dưới ngưỡng phải chấp thuận {Figures.VnM(threshold.Value)}.",
            () => $"The height of {Figures.EnM(height)} is under the approval threshold of {Figures.EnM(threshold.Value)}.",
            measured: RuleResult.Round(height),
            unit: "m",
            against: threshold.Value,
            citing: threshold.Citation
        );
    }
}

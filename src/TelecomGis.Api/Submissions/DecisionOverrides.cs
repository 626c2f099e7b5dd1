using System.Globalization;
using TelecomGis.Core.Appraisal;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Submissions;

/// <summary>The appraisers' rule overrides and the consulted authorities' answers among a batch's history, as the core applies them.</summary>
public static class DecisionOverrides
{
    /// <summary>
    /// Each row's overrides in the order they were appended, so that <see cref="AppraisalResult.WithOverrides"/> lets the latest of a
    /// rule stand; earlier ones stay in the history.
    /// </summary>
    public static ILookup<int, RuleOverride> ByRow(IEnumerable<Decision> decisions) => ByRow(decisions, []);

    /// <summary>
    /// Overrides and consultation answers merged in the order they were made: a consultation answer settles its rule as an override
    /// does (agrees passes, objects fails, conditions passes with the conditions as the reason the letter gives), and whichever came
    /// later stands.
    /// </summary>
    public static ILookup<int, RuleOverride> ByRow(IEnumerable<Decision> decisions, IEnumerable<Consultation> consultations) =>
        decisions
            .Where(d => d.Kind == DecisionKind.Override && d.Row is not null && d.RuleId is not null)
            .Select(d =>
                (
                    At: d.DecidedAt,
                    Row: d.Row!.Value,
                    Override: new RuleOverride(d.RuleId!, RuleOutcomes.Parse(d.Outcome), d.Reason, d.DecidedBy)
                )
            )
            .Concat(consultations.Select(c => (At: c.RecordedAt, c.Row, Override: OverrideOf(c))))
            .OrderBy(e => e.At)
            .ToLookup(e => e.Row, e => e.Override);

    /// <summary>The rule outcome a consulted authority's answer stands for, with its reference as the written reason.</summary>
    public static RuleOverride OverrideOf(Consultation c)
    {
        var reference =
            $"Theo văn bản số {c.DocumentNumber} ngày {c.DocumentDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} của {c.Authority}";
        var (outcome, reason) = c.Answer switch
        {
            ConsultationAnswer.Agrees => (RuleOutcome.Pass, $"{reference}: đồng ý."),
            ConsultationAnswer.Objects => (RuleOutcome.Fail, $"{reference}: không đồng ý."),
            _ => (RuleOutcome.Pass, $"{reference}: đồng ý với điều kiện: {c.Conditions}"),
        };
        return new RuleOverride(c.RuleId, outcome, reason, c.RecordedBy);
    }
}

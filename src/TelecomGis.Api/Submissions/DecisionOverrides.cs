using TelecomGis.Core.Appraisal;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Submissions;

/// <summary>The appraisers' rule overrides among a batch's decisions, as the core applies them.</summary>
public static class DecisionOverrides
{
    /// <summary>
    /// Each row's overrides in the order they were appended, so that <see cref="AppraisalResult.WithOverrides"/> lets the latest of a
    /// rule stand; earlier ones stay in the history.
    /// </summary>
    public static ILookup<int, RuleOverride> ByRow(IEnumerable<Decision> decisions) =>
        decisions
            .Where(d => d.Kind == DecisionKind.Override && d.Row is not null && d.RuleId is not null)
            .ToLookup(d => d.Row!.Value, d => new RuleOverride(d.RuleId!, RuleOutcomes.Parse(d.Outcome), d.Reason, d.DecidedBy));
}

namespace TelecomGis.Core.Appraisal;

/// <summary>The engine's answer for one site: the verdict, every rule's outcome, and the plan version it was judged against.</summary>
public sealed record AppraisalResult(ProposedSite Site, Verdict Verdict, IReadOnlyList<RuleResult> Results, string PlanVersion)
{
    /// <summary>The rules that failed or ask for consultation, in rule order: what a reply letter lists.</summary>
    public IEnumerable<RuleResult> Objections => Results.Where(r => r.Outcome is RuleOutcome.Fail or RuleOutcome.Consult);

    public IEnumerable<string> FailingRuleIds => Objections.Select(r => r.RuleId);

    public RuleResult this[string ruleId] => Results.First(r => r.RuleId == ruleId);
}

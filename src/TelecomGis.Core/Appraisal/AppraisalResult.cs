namespace TelecomGis.Core.Appraisal;

/// <summary>The engine's answer for one site: the verdict, every rule's outcome, and the plan version it was judged against.</summary>
public sealed record AppraisalResult(ProposedSite Site, Verdict Verdict, IReadOnlyList<RuleResult> Results, string PlanVersion)
{
    /// <summary>The rules that failed or ask for consultation, in rule order: what a reply letter lists.</summary>
    public IEnumerable<RuleResult> Objections => Results.Where(r => r.Outcome is RuleOutcome.Fail or RuleOutcome.Consult);

    public IEnumerable<string> FailingRuleIds => Objections.Select(r => r.RuleId);

    public RuleResult this[string ruleId] => Results.First(r => r.RuleId == ruleId);

    /// <summary>
    /// The appraisal as the appraiser left it: each overridden rule takes the override's outcome (the last override of a rule
    /// wins, so pass them oldest first), and the verdict is recombined from the outcomes as the engine combines its own
    /// (<see cref="Verdicts.From"/>). Overrides of rules this result does not hold are ignored; without overrides the result is
    /// returned as it is.
    /// </summary>
    public AppraisalResult WithOverrides(IEnumerable<RuleOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        Dictionary<string, RuleOverride>? latest = null;
        foreach (var o in overrides)
            (latest ??= [])[o.RuleId] = o;
        if (latest is null)
            return this;
        var results = Results.Select(r => latest.TryGetValue(r.RuleId, out var o) ? r.OverriddenBy(o) : r).ToList();
        return this with { Results = results, Verdict = Verdicts.From(results) };
    }
}

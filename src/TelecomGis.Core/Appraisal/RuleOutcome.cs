namespace TelecomGis.Core.Appraisal;

/// <summary>What one rule says about a site.</summary>
public enum RuleOutcome
{
    Pass,
    /// <summary>Does not conform.</summary>
    Fail,
    /// <summary>Another authority must give its opinion (xin ý kiến).</summary>
    Consult,
    /// <summary>Recorded; does not change the verdict.</summary>
    Warn,
    /// <summary>The rule does not apply to this site.</summary>
    NotApplicable,
}

public static class RuleOutcomes
{
    public static string Code(this RuleOutcome o) => o switch
    {
        RuleOutcome.Pass => "pass",
        RuleOutcome.Fail => "fail",
        RuleOutcome.Consult => "consult",
        RuleOutcome.Warn => "warn",
        _ => "n/a",
    };
}

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

/// <summary>The outcomes' codes as stores, the API and overrides write them ("pass", "fail", "consult", "warn", "n/a").</summary>
public static class RuleOutcomes
{
    /// <summary>Every outcome's code, in the enum's order: what an override may name.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Enum.GetValues<RuleOutcome>().Select(o => o.Code())];

    public static string Code(this RuleOutcome o) =>
        o switch
        {
            RuleOutcome.Pass => "pass",
            RuleOutcome.Fail => "fail",
            RuleOutcome.Consult => "consult",
            RuleOutcome.Warn => "warn",
            _ => "n/a",
        };

    /// <summary>The outcome a code names, or null for a code that names none (a caller's typo, never a silent n/a).</summary>
    public static RuleOutcome? TryParse(string? code) =>
        code switch
        {
            "pass" => RuleOutcome.Pass,
            "fail" => RuleOutcome.Fail,
            "consult" => RuleOutcome.Consult,
            "warn" => RuleOutcome.Warn,
            "n/a" => RuleOutcome.NotApplicable,
            _ => null,
        };

    /// <summary>The outcome a stored code names; a code no version ever wrote is a broken record.</summary>
    public static RuleOutcome Parse(string code) =>
        TryParse(code) ?? throw new FormatException($"'{code}' is not a rule outcome (expected one of {string.Join(", ", Codes)}).");
}

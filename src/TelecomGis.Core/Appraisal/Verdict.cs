namespace TelecomGis.Core.Appraisal;

/// <summary>The appraisal's conclusion for a site.</summary>
public enum Verdict
{
    /// <summary>Phù hợp quy hoạch: nothing fails or needs consultation.</summary>
    Conforms,

    /// <summary>Không phù hợp quy hoạch: at least one rule fails.</summary>
    DoesNotConform,

    /// <summary>Cần xin ý kiến: a rule asks for another authority's opinion and none fails.</summary>
    NeedsConsultation,
}

public static class Verdicts
{
    public static string Code(this Verdict v) =>
        v switch
        {
            Verdict.Conforms => "conforms",
            Verdict.DoesNotConform => "does_not_conform",
            _ => "needs_consultation",
        };

    public static string Vietnamese(this Verdict v) =>
        v switch
        {
            Verdict.Conforms => "Phù hợp quy hoạch",
            Verdict.DoesNotConform => "Không phù hợp quy hoạch",
            _ => "Cần xin ý kiến cơ quan có thẩm quyền",
        };

    public static string English(this Verdict v) =>
        v switch
        {
            Verdict.Conforms => "Conforms to the plan",
            Verdict.DoesNotConform => "Does not conform to the plan",
            _ => "Needs consultation",
        };

    /// <summary>Any fail makes it non-conforming; otherwise any consult asks for consultation (APPRAISAL.md).</summary>
    public static Verdict From(IEnumerable<RuleResult> results) =>
        // The engine's array is read without an enumerator; other callers (an appraiser's overrides) are few.
        FromSpan(results is RuleResult[] array ? array : [.. results]);

    private static Verdict FromSpan(ReadOnlySpan<RuleResult> results)
    {
        var consult = false;
        foreach (var r in results)
        {
            if (r.Outcome == RuleOutcome.Fail)
                return Verdict.DoesNotConform;
            consult |= r.Outcome == RuleOutcome.Consult;
        }
        return consult ? Verdict.NeedsConsultation : Verdict.Conforms;
    }

    /// <summary>The verdict a stored code names ("conforms", "does_not_conform", "needs_consultation").</summary>
    public static Verdict Parse(string code) =>
        code switch
        {
            "conforms" => Verdict.Conforms,
            "does_not_conform" => Verdict.DoesNotConform,
            "needs_consultation" => Verdict.NeedsConsultation,
            _ => throw new FormatException($"'{code}' is not a verdict."),
        };
}

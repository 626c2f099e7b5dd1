namespace TelecomGis.Core.Appraisal;

/// <summary>One check of a proposed site against the plan (APPRAISAL.md, R01–R12).</summary>
public interface IAppraisalRule
{
    /// <summary>R01…R12.</summary>
    string Id { get; }

    string TitleVi { get; }

    string TitleEn { get; }

    /// <summary>
    /// Whether the rule's outcome can make a site fail or need consultation at another point: the search for a conforming point
    /// (<see cref="AppraisalEngine.FindConformingAlternative"/>) checks only these. True unless the rule only records (R02, R12).
    /// </summary>
    bool IsDecisive => true;

    /// <summary>
    /// Whether the other rules can be judged only when this one holds (R01: outside the province nothing of its plan applies).
    /// When a precondition fails, the rules after it are recorded as not applicable. False unless a rule says otherwise.
    /// </summary>
    bool IsPrecondition => false;

    /// <summary>Judges the site; never throws for a valid site and plan.</summary>
    RuleResult Evaluate(AppraisalContext context);
}

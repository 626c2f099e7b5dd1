namespace TelecomGis.Core.Appraisal;

/// <summary>One check of a proposed site against the plan (APPRAISAL.md, R01–R12).</summary>
public interface IAppraisalRule
{
    /// <summary>R01…R12.</summary>
    string Id { get; }

    string TitleVi { get; }

    string TitleEn { get; }

    /// <summary>Judges the site; never throws for a valid site and plan.</summary>
    RuleResult Evaluate(AppraisalContext context);
}

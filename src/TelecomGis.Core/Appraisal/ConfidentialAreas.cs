using TelecomGis.Core.Appraisal.Rules;

namespace TelecomGis.Core.Appraisal;

/// <summary>
/// What an appraisal may say of military and security areas (<see cref="Planning.RestrictedArea.IsConfidential"/>) outside the
/// department: that the site needs the provincial military command's opinion, and nothing that names, draws or locates the area.
/// R04 is the only rule that measures those areas, so its result is the one to withhold; every other rule, the verdict and the
/// outcomes stay as they are, so a carrier's answer and the department's never disagree on what happens next.
/// Pure and thread-safe.
/// </summary>
public static class ConfidentialAreas
{
    /// <summary>
    /// The appraisal as a carrier, the public or a reply letter may show it: R04's outcome kept (and an appraiser's override of it,
    /// with its reason), its message replaced by <see cref="R04MilitaryArea.WithheldVi"/>, with no deciding feature, no measured
    /// distance and no threshold. A result whose R04 names no area is returned as it is.
    /// </summary>
    public static AppraisalResult Redact(AppraisalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Results.Any(Reveals))
            return result;
        return result with
        {
            Results =
            [
                .. result.Results.Select(r => Reveals(r) ? r.Withholding(R04MilitaryArea.WithheldVi, R04MilitaryArea.WithheldEn) : r),
            ],
        };
    }

    /// <summary>
    /// Whether a rule reads military and security areas: R04 alone. A search whose answer leaves the department leaves it out
    /// (<see cref="AppraisalEngine.FindConformingAlternative"/>).
    /// </summary>
    public static bool AreReadBy(IAppraisalRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Id == R04MilitaryArea.RuleId;
    }

    /// <summary>R04 with anything measured against an area: a pass outside every area names none.</summary>
    private static bool Reveals(RuleResult r) =>
        r.RuleId == R04MilitaryArea.RuleId
        && (r.DecidingFeature is not null || r.MeasuredValue is not null || r.EngineOutcome != RuleOutcome.Pass);
}

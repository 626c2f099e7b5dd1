namespace TelecomGis.Core.Appraisal;

/// <summary>
/// An appraiser's decision that one rule's outcome for a site is other than the engine found (a consulted authority agreed,
/// a structure to be removed, …), with the written reason the department keeps on record.
/// </summary>
/// <param name="RuleId">The rule overridden (R01…R12).</param>
/// <param name="Outcome">The outcome it stands for.</param>
/// <param name="Reason">The appraiser's written reason.</param>
/// <param name="DecidedBy">Who decided it (the appraiser's user id).</param>
public sealed record RuleOverride(string RuleId, RuleOutcome Outcome, string Reason, string DecidedBy);

namespace TelecomGis.Core.Appraisal.Conformity;

/// <summary>One rule of today's plan an existing structure breaks, with the plan's deadline for bringing it into line.</summary>
/// <param name="Rule">The rule's outcome, message and measured figure, as the engine wrote it.</param>
/// <param name="Deadline">The roadmap's deadline; null where the plan sets none (the message says so) or where another authority decides (R10).</param>
public sealed record Nonconformity(RuleResult Rule, RoadmapDeadline? Deadline)
{
    public string RuleId => Rule.RuleId;
}

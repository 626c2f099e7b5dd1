namespace TelecomGis.Core.Appraisal.Conformity;

/// <summary>The structures that break one rule with one deadline: a line of the list of non-conforming structures.</summary>
/// <param name="Deadline">The roadmap's deadline for that rule; null where the plan sets none.</param>
public sealed record NonconformingGroup(string RuleId, RoadmapDeadline? Deadline, IReadOnlyList<StructureConformity> Structures);

/// <summary>The list of non-conforming structures by rule and deadline (issue 11, item 3).</summary>
public static class NonconformingList
{
    /// <summary>
    /// Groups the failures by rule and deadline, the nearest deadline first (those with none last), then by rule; a structure that
    /// breaks two rules appears under each. Within a group, structures keep the order they were given in.
    /// </summary>
    public static IReadOnlyList<NonconformingGroup> ByRuleAndDeadline(IEnumerable<StructureConformity> results) =>
        [
            .. results
                .SelectMany(r => r.Failures.Select(f => (Result: r, Failure: f)))
                .GroupBy(x => (x.Failure.RuleId, x.Failure.Deadline))
                .OrderBy(g => g.Key.Deadline is null)
                .ThenBy(g => g.Key.Deadline?.Date)
                .ThenBy(g => g.Key.RuleId, StringComparer.Ordinal)
                .Select(g => new NonconformingGroup(g.Key.RuleId, g.Key.Deadline, [.. g.Select(x => x.Result)])),
        ];

    /// <summary>The same groups as <see cref="ByRuleAndDeadline"/>, ordered by rule first, then the nearest deadline (none last).</summary>
    public static IReadOnlyList<NonconformingGroup> ByRule(IEnumerable<StructureConformity> results) =>
        [
            .. ByRuleAndDeadline(results)
                .OrderBy(g => g.RuleId, StringComparer.Ordinal)
                .ThenBy(g => g.Deadline is null)
                .ThenBy(g => g.Deadline?.Date),
        ];

    /// <summary>The structures with a failure whose deadline has passed on <paramref name="asOf"/>.</summary>
    public static IReadOnlyList<StructureConformity> Overdue(IEnumerable<StructureConformity> results, DateOnly asOf) =>
        [.. results.Where(r => r.Failures.Any(f => f.Deadline is { } d && d.Date < asOf))];
}

namespace TelecomGis.Core.Appraisal.Conformity;

/// <summary>
/// What a plan version changes in the register's conformity (issue 11, "the impact report lists what changed"): the structures
/// held against both versions, each listed when its failing rules or its deadline differ. Structures held against only one of the
/// two (built or dismantled in between) are counted, not compared.
/// </summary>
public sealed record ConformityImpact(
    string VersionBefore,
    string VersionAfter,
    int Compared,
    int NonconformingBefore,
    int NonconformingAfter,
    IReadOnlyList<ConformityChange> Changes,
    int OnlyBefore,
    int OnlyAfter
)
{
    /// <summary>How many changes of each kind.</summary>
    public IReadOnlyDictionary<ConformityChangeKind, int> CountByKind =>
        Changes.GroupBy(c => c.Kind).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Compares the register held against two plan versions (<see cref="ConformityCheck.CheckAll"/> of each), by site id.</summary>
    public static ConformityImpact Between(
        string versionBefore,
        IReadOnlyList<StructureConformity> before,
        string versionAfter,
        IReadOnlyList<StructureConformity> after
    )
    {
        var earlier = new Dictionary<string, StructureConformity>(before.Count, StringComparer.Ordinal);
        foreach (var b in before)
            earlier[b.SiteId] = b;
        var changes = new List<ConformityChange>();
        var compared = 0;
        var onlyAfter = 0;
        foreach (var now in after)
        {
            if (!earlier.TryGetValue(now.SiteId, out var then))
            {
                onlyAfter++;
                continue;
            }
            compared++;
            if (Compare(then, now) is { } change)
                changes.Add(change);
        }
        var afterIds = after.Select(a => a.SiteId).ToHashSet(StringComparer.Ordinal);
        return new ConformityImpact(
            versionBefore,
            versionAfter,
            compared,
            before.Count(b => b.Judged && !b.Conforms),
            after.Count(a => a.Judged && !a.Conforms),
            changes,
            before.Count(b => !afterIds.Contains(b.SiteId)),
            onlyAfter
        );
    }

    private static ConformityChange? Compare(StructureConformity then, StructureConformity now)
    {
        var rulesThen = then.Failures.Select(f => f.RuleId).ToList();
        var rulesNow = now.Failures.Select(f => f.RuleId).ToList();
        var deadlinesThen = then.Failures.Select(f => f.Deadline?.Date);
        var deadlinesNow = now.Failures.Select(f => f.Deadline?.Date);
        ConformityChangeKind? kind = (rulesThen.Count, rulesNow.Count) switch
        {
            (0, 0) => null,
            (0, _) => ConformityChangeKind.NowNonconforming,
            (_, 0) => ConformityChangeKind.NowConforming,
            _ when !rulesThen.SequenceEqual(rulesNow) => ConformityChangeKind.RulesChanged,
            _ when !deadlinesThen.SequenceEqual(deadlinesNow) => ConformityChangeKind.DeadlineChanged,
            _ => null,
        };
        return kind is { } k
            ? new ConformityChange(now.SiteId, k, rulesThen, rulesNow, then.EarliestDeadline, now.EarliestDeadline, now)
            : null;
    }
}

namespace TelecomGis.Core.Appraisal.Conformity;

/// <summary>How a structure's conformity differs between two plan versions.</summary>
public enum ConformityChangeKind
{
    /// <summary>Conformed under the earlier version and breaks the later one.</summary>
    NowNonconforming,

    /// <summary>Broke the earlier version and conforms to the later one.</summary>
    NowConforming,

    /// <summary>Breaks both, but not the same rules.</summary>
    RulesChanged,

    /// <summary>Breaks the same rules under both, with a different roadmap deadline.</summary>
    DeadlineChanged,
}

/// <summary>One structure whose standing against the plan a new version changes.</summary>
/// <param name="RulesBefore">The rules it broke under the earlier version, in rule order.</param>
/// <param name="RulesAfter">The rules it breaks under the later version.</param>
/// <param name="DeadlineBefore">The earliest deadline under the earlier version.</param>
/// <param name="Now">Its conformity under the later version, with the messages.</param>
public sealed record ConformityChange(
    string SiteId,
    ConformityChangeKind Kind,
    IReadOnlyList<string> RulesBefore,
    IReadOnlyList<string> RulesAfter,
    DateOnly? DeadlineBefore,
    DateOnly? DeadlineAfter,
    StructureConformity Now
);

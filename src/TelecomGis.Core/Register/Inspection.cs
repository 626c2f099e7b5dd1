namespace TelecomGis.Core.Register;

/// <summary>What an inspection found: the structure complies, or it breaks a named rule.</summary>
public enum InspectionOutcome
{
    Compliant,
    Violation,
}

/// <summary>A file kept with an inspection (minutes, photographs), its bytes in the store.</summary>
public sealed record InspectionAttachment(long Id, string FileName, string ContentType, long Length, string Sha256);

/// <summary>
/// An inspection of a structure (kiểm tra), appended and never changed: when, by whom, what was found, and for a violation the
/// rule broken, the penalty decision (quyết định xử phạt) and the deadline to put it right.
/// </summary>
/// <param name="Id">0 before it is recorded.</param>
/// <param name="RuleId">The rule broken, e.g. "R07", for a violation.</param>
public sealed record Inspection(
    long Id,
    string StructureId,
    DateOnly InspectedOn,
    IReadOnlyList<string> Inspectors,
    string Findings,
    InspectionOutcome Outcome,
    string? RuleId,
    string? PenaltyNumber,
    DateOnly? PenaltyDate,
    DateOnly? Deadline,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    IReadOnlyList<InspectionAttachment> Attachments
)
{
    public string OutcomeCode => Outcome == InspectionOutcome.Compliant ? "compliant" : "violation";
}

/// <summary>A violation no later inspection of the structure found put right, and whether its deadline has passed.</summary>
public sealed record OpenViolation(Inspection Inspection, bool Overdue);

public static class OpenViolations
{
    /// <summary>
    /// The violations still open on <paramref name="today"/>: each structure's violations found after its latest compliant
    /// inspection, oldest deadline first; overdue when the deadline is before today.
    /// </summary>
    public static IReadOnlyList<OpenViolation> Of(IEnumerable<Inspection> inspections, DateOnly today) =>
        [
            .. inspections
                .GroupBy(i => i.StructureId, StringComparer.OrdinalIgnoreCase)
                .SelectMany(g =>
                {
                    var ordered = g.OrderBy(i => i.InspectedOn).ThenBy(i => i.Id).ToList();
                    var lastCompliant = ordered.FindLastIndex(i => i.Outcome == InspectionOutcome.Compliant);
                    return ordered.Skip(lastCompliant + 1).Where(i => i.Outcome == InspectionOutcome.Violation);
                })
                .Select(i => new OpenViolation(i, i.Deadline is { } d && d < today))
                .OrderBy(v => v.Inspection.Deadline ?? DateOnly.MaxValue)
                .ThenBy(v => v.Inspection.Id),
        ];
}

namespace TelecomGis.Core.Reporting;

/// <summary>
/// An inspection of structures in the field (kiểm tra): what it found unpermitted and the penalty decided. The register of
/// structures (issue 11) will hold them; until then the report's inputs are empty and the table says there is no data.
/// </summary>
/// <param name="UnpermittedFound">Structures found built without a permit or an appraisal.</param>
/// <param name="Violations">Administrative violations recorded.</param>
/// <param name="PenaltiesVnd">Fines decided, đồng.</param>
public sealed record Inspection(DateOnly On, string Carrier, int UnpermittedFound, int Violations, decimal PenaltiesVnd);

/// <summary>A structure that does not conform to the plan and must be moved or rebuilt by a deadline (from the register).</summary>
public sealed record NonConformingStructure(string SiteId, string Carrier, DateOnly Deadline);

/// <summary>A change to the register in a period: a structure built, modified or dismantled (from the register).</summary>
public enum StructureChangeKind
{
    Built,
    Modified,
    Dismantled,
}

/// <summary>One dated change to a structure in the register.</summary>
public sealed record StructureChange(string SiteId, string Carrier, StructureChangeKind Kind, DateOnly On);

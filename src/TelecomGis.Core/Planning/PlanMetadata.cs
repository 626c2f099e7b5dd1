namespace TelecomGis.Core.Planning;

/// <summary>What the plan says about itself: its name, the department that keeps it, and the zone that applies where no zone is drawn.</summary>
/// <param name="DepartmentNameVi">The appraising department as letters name it (since March 2025 Sở TT&amp;TT is part of Sở Khoa học và Công nghệ).</param>
/// <param name="DefaultZoneId">The zone that applies to a site no drawn zone covers (rule R05).</param>
/// <param name="Approval">The decision that approved the plan; null in bundles written before plan.json named it.</param>
/// <param name="LegalBases">The laws and decrees the department cites before the plan ("Căn cứ …;"), in the order cited, each
/// without "Căn cứ" and the semicolon; empty in older bundles.</param>
public sealed record PlanMetadata(
    string PlanName,
    string DepartmentNameVi,
    string DepartmentNameEn,
    DateOnly Adopted,
    string DefaultZoneId,
    PlanApproval? Approval = null,
    IReadOnlyList<string>? LegalBases = null
)
{
    /// <summary>The legal bases, never null.</summary>
    public IReadOnlyList<string> LegalBasesOrEmpty => LegalBases ?? [];

    // The list compares by its items: a plan read back from a store equals the plan that was imported.
    public bool Equals(PlanMetadata? other) =>
        other is not null
        && (PlanName, DepartmentNameVi, DepartmentNameEn, Adopted, DefaultZoneId, Approval)
            == (other.PlanName, other.DepartmentNameVi, other.DepartmentNameEn, other.Adopted, other.DefaultZoneId, other.Approval)
        && LegalBasesOrEmpty.SequenceEqual(other.LegalBasesOrEmpty, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(PlanName, Adopted, DefaultZoneId, Approval, LegalBasesOrEmpty.Count);
}

namespace TelecomGis.Core.Planning;

/// <summary>What the plan says about itself: its name, the department that keeps it, and the zone that applies where no zone is drawn.</summary>
/// <param name="DepartmentNameVi">The appraising department as letters name it (since March 2025 Sở TT&amp;TT is part of Sở Khoa học và Công nghệ).</param>
/// <param name="DefaultZoneId">The zone that applies to a site no drawn zone covers (rule R05).</param>
public sealed record PlanMetadata(
    string PlanName,
    string DepartmentNameVi,
    string DepartmentNameEn,
    DateOnly Adopted,
    string DefaultZoneId
);

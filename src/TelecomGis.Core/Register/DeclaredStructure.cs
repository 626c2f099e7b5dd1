using NetTopologySuite.Geometries;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Register;

/// <summary>One row of a carrier's declaration (báo cáo hạ tầng): a structure it owns as it says it stands. Location in WGS 84.</summary>
/// <param name="Row">The 1-based data row of the file.</param>
/// <param name="StructureId">The register's id when the carrier gives it; null for a structure it declares without one.</param>
/// <param name="OnAirSince">The day the carrier says it went on air (ngày phát sóng), when given.</param>
public sealed record DeclaredStructure(
    int Row,
    string? StructureId,
    string Code,
    Point Location,
    PoleClass PoleClass,
    double HeightM,
    bool Camouflaged,
    double? BuildingHeightM,
    double? BackupPowerHours,
    IReadOnlyList<Installation> Installations,
    DateOnly? OnAirSince = null
);

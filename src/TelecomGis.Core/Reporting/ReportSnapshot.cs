using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Reporting;

/// <summary>
/// What the infrastructure tables are computed from, as of one day: the existing structures (today the plan bundle's sites; the
/// register of structures as of that day once it exists), the plan indexed for the communes valid that day (postal points and
/// fiber routes with it), and the register's inspections, non-conforming structures and changes (null: no register yet, and the
/// tables say "chưa có dữ liệu").
/// </summary>
public sealed record ReportSnapshot(
    DateOnly On,
    IReadOnlyList<Site> Sites,
    PlanIndex Index,
    IReadOnlyList<Inspection>? Inspections = null,
    IReadOnlyList<NonConformingStructure>? NonConforming = null,
    IReadOnlyList<StructureChange>? Changes = null
);

using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Reporting;

/// <summary>
/// What the infrastructure tables are computed from, as of one day: the structures standing then, the plan indexed for the
/// communes valid that day (postal points and fiber routes with it), and the register's history up to the report's end (null
/// when the store's register holds nothing yet: the structures are then the plan bundle's sites, undated, and the tables of
/// changes, non-conforming structures and inspections say "chưa có dữ liệu").
/// </summary>
/// <param name="Structures">Standing on <see cref="On"/> (built, in operation, existing before the plan, unpermitted).</param>
public sealed record ReportSnapshot(
    DateOnly On,
    IReadOnlyList<RegisteredStructure> Structures,
    PlanIndex Index,
    RegisterHistory? Register = null
)
{
    /// <summary>The register as it stood at the end of <paramref name="on"/> (the department's day).</summary>
    public static ReportSnapshot FromRegister(DateOnly on, PlanIndex index, RegisterHistory register) =>
        new(
            on,
            [.. register.StateAt(on).Structures.Where(s => s.IsBuilt).OrderBy(s => s.Structure.Id, StringComparer.Ordinal)],
            index,
            register
        );

    /// <summary>No register yet: the plan bundle's existing sites, as the register's first import would record them.</summary>
    public static ReportSnapshot FromPlanSites(DateOnly on, PlanIndex index, IEnumerable<Site> sites) =>
        new(
            on,
            [
                .. sites.Select(s => new RegisteredStructure(
                    RegisterImport.ToStructure(s),
                    LifecycleStage.ExistingBeforePlan,
                    null,
                    DateTimeOffset.MinValue,
                    0
                )),
            ],
            index
        );

    /// <summary>The structures as the figures read them.</summary>
    public IReadOnlyList<AntennaStructure> Standing => [.. Structures.Select(s => s.Structure)];
}

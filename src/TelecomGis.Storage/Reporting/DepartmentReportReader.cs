using TelecomGis.Core.Desk;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Reporting;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Storage.Reporting;

/// <summary>
/// Reads what a period's report needs from the store and the plan, and builds it (<see cref="DepartmentReportBuilder"/>): the
/// desk's dossiers as of the period's end, and the infrastructure as of the period's end and a year earlier.
/// </summary>
public static class DepartmentReportReader
{
    /// <summary>The desk's default time limit, working days (the Api's Desk:WorkingDays).</summary>
    public const int DefaultWorkingDays = 7;

    public static async Task<DepartmentReport> ReadAsync(
        IAppraisalStore store,
        ProvincePlan plan,
        ReportPeriod period,
        WorkingCalendar? calendar = null,
        int workingDaysLimit = DefaultWorkingDays,
        LatestCoverage? coverage = null,
        CancellationToken cancellationToken = default
    )
    {
        var dossiers = await DeskHistoryReader.ReadAsync(store, period.End, cancellationToken);
        var earlierEnd = period.YearEarlier.End;
        return DepartmentReportBuilder.Build(
            period,
            plan.Province.Name,
            plan.Metadata.DepartmentNameVi,
            dossiers,
            Snapshot(plan, period.End),
            Snapshot(plan, earlierEnd),
            calendar ?? ShippedHolidays.Calendar(),
            workingDaysLimit,
            coverage
        );
    }

    private static ReportSnapshot Snapshot(ProvincePlan plan, DateOnly day) => new(day, SitesAsOf(plan, day), new PlanIndex(plan, day));

    /// <summary>
    /// The existing structures as of a day: THE seam for the register of structures (issue 11). Today the plan bundle's sites,
    /// undated, so both columns of the structure tables hold the same sites; at merge this becomes the register's sites as of
    /// <paramref name="day"/> (and the snapshot gets the register's inspections, non-conforming structures and changes).
    /// </summary>
    public static IReadOnlyList<Site> SitesAsOf(ProvincePlan plan, DateOnly day)
    {
        _ = day;
        return plan.Sites;
    }
}

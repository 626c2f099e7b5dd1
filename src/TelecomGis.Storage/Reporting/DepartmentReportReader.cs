using TelecomGis.Core.Desk;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Reporting;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Storage.Reporting;

/// <summary>
/// Reads what a period's report needs from the store and the plan, and builds it (<see cref="DepartmentReportBuilder"/>): the
/// desk's dossiers as of the period's end, and the register's events and inspections recorded by then, folded as of the period's
/// end and as of the same day a year earlier. A store whose register holds nothing yet reports the plan bundle's sites instead,
/// and says so. A period not yet ended is read as of <c>asOf</c> (today) instead, and the report is provisional
/// (<see cref="DepartmentReport.Provisional"/>). Works on either store (<see cref="IAppraisalStore"/>).
/// </summary>
public static class DepartmentReportReader
{
    /// <summary>The desk's default time limit, working days (the Api's Desk:WorkingDays).</summary>
    public const int DefaultWorkingDays = 7;

    public static Task<DepartmentReport> ReadAsync(
        IAppraisalStore store,
        ProvincePlan plan,
        ReportPeriod period,
        WorkingCalendar? calendar = null,
        int workingDaysLimit = DefaultWorkingDays,
        LatestCoverage? coverage = null,
        CancellationToken cancellationToken = default
    ) => ReadAsync(store, plan, period, period.End, calendar, workingDaysLimit, coverage, cancellationToken);

    /// <summary>The report as of <paramref name="asOf"/> when that day comes before the period's end (a provisional report).</summary>
    public static async Task<DepartmentReport> ReadAsync(
        IAppraisalStore store,
        ProvincePlan plan,
        ReportPeriod period,
        DateOnly asOf,
        WorkingCalendar? calendar = null,
        int workingDaysLimit = DefaultWorkingDays,
        LatestCoverage? coverage = null,
        CancellationToken cancellationToken = default
    )
    {
        var day = asOf < period.End ? asOf : period.End;
        var dossiers = await DeskHistoryReader.ReadAsync(store, day, cancellationToken);
        var register = await ReadRegisterAsync(store, day, cancellationToken);
        var earlierEnd = period.YearEarlier.End;
        return DepartmentReportBuilder.Build(
            period,
            plan.Province.Name,
            plan.Metadata.DepartmentNameVi,
            dossiers,
            Snapshot(plan, day, register),
            Snapshot(plan, earlierEnd, register),
            calendar ?? ShippedHolidays.Calendar(),
            workingDaysLimit,
            coverage,
            day
        );
    }

    /// <summary>
    /// The register's events that took effect by the end of <paramref name="day"/> (Vietnam's day) and the inspections recorded by
    /// then; null when the register holds no event by then.
    /// </summary>
    public static async Task<RegisterHistory?> ReadRegisterAsync(
        IRegisterStore store,
        DateOnly day,
        CancellationToken cancellationToken = default
    )
    {
        var empty = new RegisterHistory([], [], Core.Administration.VietnamTime.Offset);
        var end = empty.EndOf(day);
        var events = await store.LoadRegisterEventsAsync(asOf: end, cancellationToken: cancellationToken);
        if (events.Count == 0)
            return null;
        var inspections = (await store.ListInspectionsAsync(cancellationToken: cancellationToken))
            .Where(i => i.RecordedAt <= end && i.InspectedOn <= day)
            .ToList();
        return empty with { Events = events, Inspections = inspections };
    }

    private static ReportSnapshot Snapshot(ProvincePlan plan, DateOnly day, RegisterHistory? register) =>
        register is null
            ? ReportSnapshot.FromPlanSites(day, new PlanIndex(plan, day), plan.Sites)
            : ReportSnapshot.FromRegister(day, new PlanIndex(plan, day), register);
}

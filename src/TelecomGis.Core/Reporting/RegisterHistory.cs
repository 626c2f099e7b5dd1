using TelecomGis.Core.Register;

namespace TelecomGis.Core.Reporting;

/// <summary>
/// The register's history a report reads: its events and inspections up to the report period's end, and the offset of the
/// department's days (UTC+7), so that an event recorded at 23:30 on 30 September Vietnam time falls in the third quarter.
/// Immutable.
/// </summary>
public sealed record RegisterHistory(IReadOnlyList<RegisterEvent> Events, IReadOnlyList<Inspection> Inspections, TimeSpan UtcOffset)
{
    /// <summary>The department's day an instant falls on.</summary>
    public DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(UtcOffset).DateTime);

    /// <summary>The last instant of a day in the department's time.</summary>
    public DateTimeOffset EndOf(DateOnly day) => new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), UtcOffset).AddTicks(-1);

    /// <summary>The register as it stood at the end of <paramref name="day"/>.</summary>
    public RegisterState StateAt(DateOnly day) => RegisterState.Fold(Events, EndOf(day));

    /// <summary>The first day the register holds anything; null when it holds nothing.</summary>
    public DateOnly? FirstDay => Events.Count == 0 ? null : DayOf(Events.Min(e => e.At));

    /// <summary>The events that took effect within a period (by the department's day).</summary>
    public IEnumerable<RegisterEvent> Within(ReportPeriod period) => Events.Where(e => period.Contains(DayOf(e.At)));
}

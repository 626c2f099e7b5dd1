namespace TelecomGis.Core.Desk;

/// <summary>
/// The department's working days: Monday to Friday, less the public holidays it is given (Labour Code 2019, art. 112, and the days
/// the Government announces each year for Tết and the Hùng Kings' anniversary). Counts the days a dossier has to be answered in:
/// the time limit runs from the working day after receipt, so a dossier received on Friday with 7 working days falls due on the
/// second Tuesday after. Pure and immutable, so thread-safe.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _holidays;

    public WorkingCalendar(IEnumerable<DateOnly> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        _holidays = [.. holidays];
    }

    /// <summary>Whether the department works that day: not a Saturday, a Sunday or a holiday.</summary>
    public bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    /// <summary>
    /// The last day of a time limit of <paramref name="workingDays"/> working days counted from the day after
    /// <paramref name="received"/>; the received day itself when the limit is 0.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly received, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = received;
        for (var left = workingDays; left > 0; )
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
                left--;
        }
        return day;
    }

    /// <summary>Whether a dossier due on <paramref name="due"/> is overdue on <paramref name="today"/>: only once the due day has passed.</summary>
    public static bool IsOverdue(DateOnly due, DateOnly today) => today > due;
}

using TelecomGis.Core.Desk;

namespace TelecomGis.Core.Tests.Desk;

/// <summary>Working days as the department counts them: weekends and holidays off, the limit running from the day after receipt.</summary>
public sealed class WorkingCalendarTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly WorkingCalendar NoHolidays = new([]);

    // Tết 2025 for civil servants: Monday 27 to Friday 31 January (with the weekends either side, nine days off).
    private static readonly WorkingCalendar Tet2025 = new([
        D("2025-01-27"),
        D("2025-01-28"),
        D("2025-01-29"),
        D("2025-01-30"),
        D("2025-01-31"),
    ]);

    [Theory]
    [InlineData("2026-12-07", 0, "2026-12-07")] // no limit: the day of receipt
    [InlineData("2026-12-07", 1, "2026-12-08")] // Monday + 1: Tuesday
    [InlineData("2026-12-07", 5, "2026-12-14")] // Monday + 5: the next Monday (the weekend does not count)
    [InlineData("2026-12-04", 1, "2026-12-07")] // Friday + 1: Monday
    [InlineData("2026-12-04", 7, "2026-12-15")] // Friday + 7: the second Tuesday after
    [InlineData("2026-12-05", 1, "2026-12-07")] // received on a Saturday: counts from Monday
    public void AddWorkingDays_SkipsWeekends(string received, int days, string due) =>
        Assert.Equal(D(due), NoHolidays.AddWorkingDays(D(received), days));

    [Theory]
    [InlineData("2025-01-24", 1, "2025-02-03")] // Friday before Tết + 1: the Monday after the whole break
    [InlineData("2025-01-23", 2, "2025-02-03")] // Thursday + 2: Friday 24, then Monday 3 February
    [InlineData("2025-01-22", 7, "2025-02-07")] // a week's limit stretched by the five Tết weekdays
    public void AddWorkingDays_SkipsHolidaysAcrossTheWeekends(string received, int days, string due) =>
        Assert.Equal(D(due), Tet2025.AddWorkingDays(D(received), days));

    [Fact]
    public void AHolidayOnAWeekdayIsNotAWorkingDay_AndAWeekendNeverIs()
    {
        Assert.False(Tet2025.IsWorkingDay(D("2025-01-29")));
        Assert.True(Tet2025.IsWorkingDay(D("2025-02-03")));
        Assert.False(NoHolidays.IsWorkingDay(D("2026-12-05")));
        Assert.False(NoHolidays.IsWorkingDay(D("2026-12-06")));
    }

    [Fact]
    public void ADossierIsOverdue_OnlyOnceItsDueDayHasPassed()
    {
        Assert.False(WorkingCalendar.IsOverdue(D("2026-12-15"), D("2026-12-14")));
        Assert.False(WorkingCalendar.IsOverdue(D("2026-12-15"), D("2026-12-15")));
        Assert.True(WorkingCalendar.IsOverdue(D("2026-12-15"), D("2026-12-16")));
    }

    [Fact]
    public void ANegativeLimit_IsABug() => Assert.Throws<ArgumentOutOfRangeException>(() => NoHolidays.AddWorkingDays(D("2026-12-07"), -1));
}

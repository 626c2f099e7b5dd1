using Microsoft.Extensions.Options;
using TelecomGis.Api.Desk;

namespace TelecomGis.Api.Tests;

/// <summary>Due dates and overdue flags as the desk computes them, on a clock the test sets and the shipped holiday list.</summary>
public sealed class DueDateTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static DueDates At(string utcNow, int workingDays = 7) =>
        new(
            Options.Create(new DeskOptions { WorkingDays = workingDays }),
            new FixedClock(DateTimeOffset.Parse(utcNow, System.Globalization.CultureInfo.InvariantCulture))
        );

    [Fact]
    public void TheReceivedDay_IsTheDepartmentsDay_UtcPlus7()
    {
        // 18:30 UTC on Friday 4 December is 01:30 on Saturday 5 December in Vietnam: counted from Monday 7, due Tuesday 15.
        var due = At("2026-12-01T00:00:00Z")
            .DueOf(DateTimeOffset.Parse("2026-12-04T18:30:00Z", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateOnly(2026, 12, 15), due);
    }

    [Fact]
    public void TheShippedHolidays_StretchTheLimit_OverTet2025()
    {
        // Received Wednesday 22 January 2025; 27–31 January are Tết: seven working days end on Friday 7 February.
        var due = At("2025-01-22T03:00:00Z")
            .DueOf(DateTimeOffset.Parse("2025-01-22T03:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateOnly(2025, 2, 7), due);
    }

    [Fact]
    public void ADossierIsOverdue_TheDayAfterItsDueDate_UnlessItsLetterIsIssued()
    {
        var due = new DateOnly(2026, 12, 15);
        Assert.False(At("2026-12-15T16:59:00Z").IsOverdue(due, DeskStatus.Pending)); // 23:59 on the 15th in Vietnam
        Assert.True(At("2026-12-15T17:00:00Z").IsOverdue(due, DeskStatus.Pending)); // 00:00 on the 16th
        Assert.True(At("2026-12-20T00:00:00Z").IsOverdue(due, DeskStatus.Decided));
        Assert.False(At("2026-12-20T00:00:00Z").IsOverdue(due, DeskStatus.Issued));
    }
}

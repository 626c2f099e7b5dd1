using TelecomGis.Core.Spatial;
using TelecomGis.Core.Tests.Appraisal;

namespace TelecomGis.Core.Tests.Spatial;

/// <summary>A service that runs across the merger of communes (1 July 2025) sees the new units from that day on.</summary>
public class PlanIndexByDayTests
{
    /// <summary>A clock the test moves by hand.</summary>
    private sealed class HandClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly DateTimeOffset LastEveningOfTheOldUnits = new(2025, 6, 30, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheIndexHoldsTheCommunesOfTheClocksDay()
    {
        var byDay = new PlanIndexByDay(new ToyPlan().Build(), new HandClock(LastEveningOfTheOldUnits));
        var index = byDay.Today;
        Assert.Equal(new DateOnly(2025, 6, 30), index.CommunesValidOn);
        Assert.Equal(["OLD-1"], index.Communes.Features.Select(f => f.Item.Code));
    }

    [Fact]
    public void TheIndexIsBuiltAgainWhenTheDayChanges_AndOnlyThen()
    {
        var clock = new HandClock(LastEveningOfTheOldUnits);
        var byDay = new PlanIndexByDay(new ToyPlan().Build(), clock);
        var before = byDay.Today;

        clock.Now = LastEveningOfTheOldUnits.AddMinutes(30);
        Assert.Same(before, byDay.Today);

        clock.Now = LastEveningOfTheOldUnits.AddHours(2);
        var after = byDay.Today;
        Assert.NotSame(before, after);
        Assert.Equal(new DateOnly(2025, 7, 1), after.CommunesValidOn);
        Assert.Equal(["00001", "00002"], after.Communes.Features.Select(f => f.Item.Code));
        Assert.Same(after, byDay.Today);
    }

    [Fact]
    public void TheDayIsTheUtcDate()
    {
        // 06:00 on 1 July in Hà Nội is still 30 June in UTC, the day the index has always taken.
        var clock = new HandClock(new DateTimeOffset(2025, 7, 1, 6, 0, 0, TimeSpan.FromHours(7)));
        Assert.Equal(new DateOnly(2025, 6, 30), new PlanIndexByDay(new ToyPlan().Build(), clock).Today.CommunesValidOn);
    }

    [Fact]
    public void ManyThreadsCrossingMidnightShareOneNewIndex()
    {
        var clock = new HandClock(LastEveningOfTheOldUnits);
        var byDay = new PlanIndexByDay(new ToyPlan().Build(), clock);
        clock.Now = LastEveningOfTheOldUnits.AddHours(2);
        var seen = new PlanIndex[16];
        Parallel.For(0, seen.Length, i => seen[i] = byDay.Today);
        Assert.Single(seen.Distinct());
    }
}

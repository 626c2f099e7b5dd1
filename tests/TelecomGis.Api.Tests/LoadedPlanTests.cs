using TelecomGis.Api.Hosting;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Tests;

namespace TelecomGis.Api.Tests;

/// <summary>A service started before the merger of communes (1 July 2025) appraises against the new units from that day on.</summary>
public class LoadedPlanTests
{
    private sealed class HandClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void TheEngineFollowsTheClocksDay_KeepingOneEnginePerDay()
    {
        var clock = new HandClock(new DateTimeOffset(2025, 6, 30, 12, 0, 0, TimeSpan.Zero));
        var loaded = new LoadedPlan(PlanBundleReader.Read(TestPaths.CommittedBundle), clock.Now, clock);

        var before = loaded.Today;
        Assert.Equal(new DateOnly(2025, 6, 30), before.Engine.Index.CommunesValidOn);
        Assert.Same(before, loaded.Today);

        clock.Now = clock.Now.AddDays(1);
        var after = loaded.Today;
        Assert.Equal(new DateOnly(2025, 7, 1), after.Engine.Index.CommunesValidOn);
        Assert.NotEqual(before.Engine.Index.Communes.Count, after.Engine.Index.Communes.Count);
        Assert.Same(before.Layers, after.Layers);
        Assert.Same(after, loaded.Today);
    }
}

using TelecomGis.Core.Planning;

namespace TelecomGis.Core.Spatial;

/// <summary>
/// A plan's <see cref="PlanIndex"/> for the current day, for a caller that runs for days (the service): communes are dated, so
/// the index is built again, once, when the clock passes into a new day, and the same instance is returned all day.
/// The day is the UTC date of <see cref="TimeProvider.GetUtcNow"/>, as the index always took it. Thread-safe.
/// </summary>
public sealed class PlanIndexByDay
{
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private volatile PlanIndex _index;

    /// <param name="plan">The plan version.</param>
    /// <param name="clock">What tells the day (<see cref="TimeProvider.System"/> in the service, a fake clock in tests).</param>
    public PlanIndexByDay(ProvincePlan plan, TimeProvider clock)
    {
        Plan = plan;
        _clock = clock;
        _index = new PlanIndex(plan, Day(clock));
    }

    public ProvincePlan Plan { get; }

    /// <summary>The index of the communes valid today; built again when the day has changed since the last call.</summary>
    public PlanIndex Today
    {
        get
        {
            var day = Day(_clock);
            var index = _index;
            if (index.CommunesValidOn == day)
                return index;
            lock (_gate)
            {
                if (_index.CommunesValidOn != day)
                    _index = new PlanIndex(Plan, day);
                return _index;
            }
        }
    }

    private static DateOnly Day(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

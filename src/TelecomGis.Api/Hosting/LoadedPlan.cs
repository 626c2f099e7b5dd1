using TelecomGis.Api.Layers;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// One plan version as the service holds it: its layers, built once, and its index and engine for the current day
/// (<see cref="PlanIndexByDay"/>), so a server that runs for months appraises against the communes of the day, not of the
/// day it started. Thread-safe.
/// </summary>
public sealed class LoadedPlan
{
    private readonly PlanIndexByDay _index;
    private CurrentPlan? _today;

    /// <param name="importedAt">When the store took the version in (<see cref="Storage.Stores.StoredPlanVersion.ImportedAt"/>).</param>
    public LoadedPlan(ProvincePlan plan, DateTimeOffset importedAt, TimeProvider clock)
    {
        Plan = plan;
        ImportedAt = importedAt;
        _index = new PlanIndexByDay(plan, clock);
        Layers = PlanLayers.From(plan);
    }

    public ProvincePlan Plan { get; }

    public DateTimeOffset ImportedAt { get; }

    public PlanLayers Layers { get; }

    /// <summary>The plan with today's engine; the same instance all day.</summary>
    public CurrentPlan Today
    {
        get
        {
            var index = _index.Today;
            var today = Volatile.Read(ref _today);
            if (today is not null && ReferenceEquals(today.Engine.Index, index))
                return today;
            today = new CurrentPlan(Plan, new AppraisalEngine(index), Layers, ImportedAt);
            Volatile.Write(ref _today, today);
            return today;
        }
    }
}

using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Coverage.Resilience;

/// <summary>
/// What one commune loses for one technology (all carriers together) when sites fail. Failing sites only remove servers, so a
/// cell is never better after: the people losing coverage are exactly those covered before less those covered after.
/// </summary>
public sealed record CommuneCoverageLoss(
    Commune Commune,
    Technology Technology,
    double PopulationCoveredBefore,
    double PopulationCoveredAfter,
    double AreaShareBefore,
    double AreaShareAfter
)
{
    public double PeopleLosingCoverage => PopulationCoveredBefore - PopulationCoveredAfter;
}

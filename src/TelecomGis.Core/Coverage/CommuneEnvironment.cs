using TelecomGis.Core.Administration;
using TelecomGis.Core.Coverage.Propagation;

namespace TelecomGis.Core.Coverage;

/// <summary>
/// The clutter class a sector radiates into, from the commune its site stands in (COVERAGE.md: "from the commune type"). The
/// bundle has no land-cover layer, only each commune's kind (phường, thị trấn, xã, đặc khu), population and published area, so
/// the rule combines kind and density:
/// <list type="bullet">
/// <item>a ward or township of at least 10,000 people/km² → urban, large city (the cores of Hà Nội and Hồ Chí Minh City);</item>
/// <item>a ward or township of at least 2,000 people/km² → urban, small/medium city;</item>
/// <item>any other ward or township, and a rural commune or special zone of at least 1,000 people/km² → suburban;</item>
/// <item>every other commune, and a site outside every commune (an islet, the sea) → open.</item>
/// </list>
/// The thresholds follow the usual reading of Hata's classes (dense built-up; towns; villages and scattered buildings;
/// fields), not a regulation: they are named constants so that a department can see and argue them.
/// </summary>
public static class CommuneEnvironment
{
    public const double LargeCityDensityPerKm2 = 10_000;
    public const double UrbanDensityPerKm2 = 2_000;
    public const double SuburbanRuralDensityPerKm2 = 1_000;

    public static PropagationEnvironment Of(Commune? commune)
    {
        if (commune is null || commune.AreaKm2 <= 0)
            return PropagationEnvironment.Open;
        var density = commune.Population / commune.AreaKm2;
        if (commune.Kind.IsUrban())
        {
            if (density >= LargeCityDensityPerKm2)
                return PropagationEnvironment.UrbanLargeCity;
            return density >= UrbanDensityPerKm2 ? PropagationEnvironment.UrbanSmallMediumCity : PropagationEnvironment.Suburban;
        }
        return density >= SuburbanRuralDensityPerKm2 ? PropagationEnvironment.Suburban : PropagationEnvironment.Open;
    }
}

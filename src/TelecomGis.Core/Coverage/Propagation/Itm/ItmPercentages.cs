namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// The quantiles asked of the ITM's variability, each strictly between 0 and 100 %: the loss not exceeded for
/// <paramref name="TimePct"/> of the time, at <paramref name="LocationPct"/> of locations, in <paramref name="SituationPct"/>
/// of situations (the "time/location/situation" form of NTIA's ITM_*_TLS calls).
/// </summary>
public readonly record struct ItmPercentages(double TimePct, double LocationPct, double SituationPct)
{
    /// <summary>The medians: 50 % of time, locations and situations.</summary>
    public static ItmPercentages Median => new(50, 50, 50);

    /// <summary>
    /// The "confidence/reliability" form (NTIA's ITM_*_CR calls): reliability is the time quantile, confidence the situation
    /// quantile, and the location quantile is the median.
    /// </summary>
    public static ItmPercentages FromConfidenceReliability(double confidencePct, double reliabilityPct) =>
        new(reliabilityPct, 50, confidencePct);
}

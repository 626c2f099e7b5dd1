namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// The terrain irregularity parameter Δh of a stretch of profile (Hufford, "The Algorithm" §3, the interdecile range;
/// Longley and Rice, ERL 79-ITS 67, Eq. 3): resample the stretch at n evenly spaced points (n between 35 and 245, about one
/// per sample), remove the least-squares line, take the interdecile range Δh(d) of the residuals, and undo the distance
/// dependence Δh(d) = Δh·(1 − 0.8·exp(−d / 50 km)).
/// </summary>
internal static class ItmTerrainIrregularity
{
    private const int MaxSamples = 245;

    public static double DeltaHM(ReadOnlySpan<double> z, double spacingM, double startM, double endM)
    {
        var intervals = z.Length - 1;
        var startIndex = startM / spacingM;
        var endIndex = endM / spacingM;
        if (endIndex - startIndex < 2)
            return 0;

        // A tenth of the resampled points, between 4 and 25; n = 10·tenth − 5.
        var tenth = Math.Clamp((int)(0.1 * (endIndex - startIndex + 8)), 4, 25);
        var n = 10 * tenth - 5;
        Span<double> resampled = stackalloc double[MaxSamples];
        resampled = resampled[..n];

        // Linear interpolation at evenly spaced fractional indices from startIndex to endIndex.
        var step = (endIndex - startIndex) / (n - 1);
        var lowest = (int)startIndex;
        var position = startIndex;
        for (var j = 0; j < n; j++)
        {
            var below = Math.Min(Math.Max((int)Math.Ceiling(position) - 1, lowest), intervals - 1);
            resampled[j] = z[below + 1] + (z[below + 1] - z[below]) * (position - (below + 1));
            position += step;
        }

        var (lineStart, lineEnd) = ItmLeastSquaresFit.Fit(resampled, 1, 0, n - 1);
        var lineSlope = (lineEnd - lineStart) / (n - 1);
        for (var j = 0; j < n; j++)
            resampled[j] -= lineStart + lineSlope * j;

        // Interdecile range of the residuals: the tenth-highest minus the (n − tenth + 1)-th highest.
        var upperDecile = ItmOrderStatistic.Select(resampled, n - tenth);
        var lowerDecile = ItmOrderStatistic.Select(resampled, tenth - 1);
        return (upperDecile - lowerDecile) / (1 - 0.8 * Math.Exp(-(endM - startM) / 50e3));
    }

    /// <summary>Δh(d) = Δh·(1 − 0.8·exp(−d / 50 km)), the irregularity seen over a distance d (ERL 79-ITS 67, Eq. 3).</summary>
    public static double OverDistanceM(double distanceM, double deltaHM) => deltaHM * (1 - 0.8 * Math.Exp(-distanceM / 50e3));

    /// <summary>σh(Δh) = 0.78·Δh·exp(−½·Δh^¼), the RMS terrain deviation in the first Fresnel zone (ERL 79-ITS 67, Eq. 3.6a).</summary>
    public static double RmsDeviationM(double deltaHM) => 0.78 * deltaHM * Math.Exp(-0.5 * Math.Pow(deltaHM, 0.25));
}

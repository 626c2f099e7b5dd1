namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// The straight line fitted to a stretch of a profile (Hufford, "The Algorithm" §3, the subroutine that fits a line to
/// elevations between two distances; ERL 79-ITS 67). The end samples get half weight (trapezoidal weights), and the answer is
/// the fitted line's height at the two ends of the whole profile, not of the stretch.
/// </summary>
internal static class ItmLeastSquaresFit
{
    /// <summary>
    /// Fits elevations <paramref name="z"/> (spacing <paramref name="spacingM"/>) between <paramref name="startM"/> and
    /// <paramref name="endM"/> from the first sample; returns the line's value at the first and last samples.
    /// </summary>
    public static (double AtStartM, double AtEndM) Fit(ReadOnlySpan<double> z, double spacingM, double startM, double endM)
    {
        var intervals = z.Length - 1;
        // The stretch's sample indices: start rounded down, end rounded up, both kept inside the profile.
        var first = (int)Math.Max(startM / spacingM, 0);
        var last = intervals - (int)Math.Max(intervals - endM / spacingM, 0);
        if (last <= first)
        {
            // Too short a stretch: widen it by a sample on each side.
            first = (int)Math.Max(first - 1.0, 0);
            last = intervals - (int)Math.Max(intervals - (last + 1.0), 0);
        }

        double length = last - first;
        var centre = first + 0.5 * length;

        // Trapezoidal sums: Σ w·z and Σ w·z·(x − centre) with w = ½ at both ends and 1 inside.
        var sum = 0.5 * (z[first] + z[last]);
        var moment = 0.5 * (z[last] - z[first]) * (0.5 * length);
        for (var i = first + 1; i < last; i++)
        {
            sum += z[i];
            moment += z[i] * (i - centre);
        }

        var mean = sum / length;
        // Σ w·(x − c)² over the trapezoidal weights is (L² + 2)·L / 12 for an integer L, hence the slope.
        var slope = moment * 12 / ((length * length + 2) * length);
        return (mean - slope * centre, mean + slope * (intervals - centre));
    }
}

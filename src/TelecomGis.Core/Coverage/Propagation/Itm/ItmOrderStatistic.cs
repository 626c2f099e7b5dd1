namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// The k-th smallest of a span, found in place by quickselect (Hoare 1961) in linear expected time: Δh needs two deciles of up
/// to 245 residuals per profile, and a full sort cost more than the rest of the terrain analysis.
/// </summary>
internal static class ItmOrderStatistic
{
    /// <summary>The element that would sit at index <paramref name="k"/> (0-based) if <paramref name="values"/> were sorted ascending; reorders the span.</summary>
    public static double Select(Span<double> values, int k)
    {
        var lo = 0;
        var hi = values.Length - 1;
        while (lo < hi)
        {
            // Median of three as the pivot keeps sorted or nearly sorted terrain from the quadratic case.
            var mid = lo + (hi - lo) / 2;
            if (values[mid] < values[lo])
                (values[mid], values[lo]) = (values[lo], values[mid]);
            if (values[hi] < values[lo])
                (values[hi], values[lo]) = (values[lo], values[hi]);
            if (values[hi] < values[mid])
                (values[hi], values[mid]) = (values[mid], values[hi]);
            var pivot = values[mid];
            int i = lo,
                j = hi;
            while (i <= j)
            {
                while (values[i] < pivot)
                    i++;
                while (values[j] > pivot)
                    j--;
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
                hi = j;
            else if (k >= i)
                lo = i;
            else
                return values[k];
        }

        return values[k];
    }
}

namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// The inverse of the standard normal complementary distribution, z such that Q(z) = q, by the rational approximation of
/// Abramowitz and Stegun 26.2.23 (|error| &lt; 4.5·10⁻⁴), as "The Algorithm" §5 prescribes.
/// </summary>
internal static class ItmStandardNormal
{
    public static double InverseComplementary(double q)
    {
        var tail = q > 0.5 ? 1 - q : q;
        var t = Math.Sqrt(-2 * Math.Log(tail));
        var correction = ((0.010328 * t + 0.802853) * t + 2.515516) / (((0.001308 * t + 0.189269) * t + 1.432788) * t + 1);
        var z = t - correction;
        return q > 0.5 ? -z : z;
    }
}

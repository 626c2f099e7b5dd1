namespace TelecomGis.Core.Geodesy;

/// <summary>
/// The box that holds Vietnam's mainland and islands, Hoàng Sa and Trường Sa included, in WGS 84 degrees.
/// A coarse screen for typing errors (swapped axes, wrong hemisphere), not a boundary: the province polygon decides inside-ness.
/// </summary>
public static class VietnamExtent
{
    public const double MinLonDeg = 102.0;
    public const double MaxLonDeg = 117.9;
    public const double MinLatDeg = 6.0;
    public const double MaxLatDeg = 23.5;

    /// <summary>Whether the point lies in the box, edges included.</summary>
    public static bool Contains(double lonDeg, double latDeg) =>
        lonDeg is >= MinLonDeg and <= MaxLonDeg && latDeg is >= MinLatDeg and <= MaxLatDeg;
}

namespace TelecomGis.Core.Coverage.Propagation;

/// <summary>
/// The ranges the Hata family was fitted for: base antenna 30–200 m, mobile antenna 1–10 m, distance 1–20 km, and a band that
/// differs between Okumura–Hata (150–1500 MHz) and COST-231 Hata (1500–2000 MHz). Outside them the formula still yields a
/// number, so the result carries a note instead of refusing: a planner may knowingly extrapolate.
/// The notes are constants so that the grid's per-cell call allocates nothing.
/// </summary>
internal static class HataValidity
{
    public const string BaseHeight = "base antenna height outside 30–200 m";
    public const string MobileHeight = "mobile antenna height outside 1–10 m";
    public const string Distance = "distance outside 1–20 km";

    /// <summary>The first range the request leaves, or null when it lies inside every one.</summary>
    public static string? Check(in PathLossRequest r, double minMhz, double maxMhz, string bandNote)
    {
        if (r.FrequencyMhz < minMhz || r.FrequencyMhz > maxMhz)
            return bandNote;
        if (r.TxHeightM < 30 || r.TxHeightM > 200)
            return BaseHeight;
        if (r.RxHeightM < 1 || r.RxHeightM > 10)
            return MobileHeight;
        if (r.DistanceKm < 1 || r.DistanceKm > 20)
            return Distance;
        return null;
    }
}

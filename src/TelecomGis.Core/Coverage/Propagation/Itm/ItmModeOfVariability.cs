namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// NTIA's "mdvar": a <see cref="ItmVariabilityMode"/> plus two switches. Adding 10 removes location variability (for a
/// path whose profile is known); adding 20 removes direct situation variability (for interference studies).
/// </summary>
/// <param name="Mode">How the three variabilities combine.</param>
/// <param name="WithoutLocationVariability">Location variability eliminated (mdvar + 10).</param>
/// <param name="WithoutSituationVariability">Direct situation variability eliminated (mdvar + 20).</param>
public readonly record struct ItmModeOfVariability(
    ItmVariabilityMode Mode,
    bool WithoutLocationVariability = false,
    bool WithoutSituationVariability = false
)
{
    /// <summary>The integer code NTIA's interface uses (0–3, 10–13, 20–23, 30–33).</summary>
    public int Code => (int)Mode + (WithoutLocationVariability ? 10 : 0) + (WithoutSituationVariability ? 20 : 0);

    /// <summary>Reads NTIA's code; null when it is not one of 0–3, 10–13, 20–23, 30–33.</summary>
    public static ItmModeOfVariability? FromCode(int code)
    {
        if (code < 0 || code > 33 || code % 10 > 3)
            return null;
        return new ItmModeOfVariability((ItmVariabilityMode)(code % 10), code / 10 % 2 == 1, code >= 20);
    }
}

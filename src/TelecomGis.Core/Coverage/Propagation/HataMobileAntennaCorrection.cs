namespace TelecomGis.Core.Coverage.Propagation;

/// <summary>
/// Hata's mobile-antenna height correction a(hm), shared by Okumura–Hata and COST-231 Hata
/// (Hata 1980, IEEE Trans. Veh. Technol. VT-29(3), eqs. 4a–4c).
/// </summary>
internal static class HataMobileAntennaCorrection
{
    /// <summary>a(hm) in dB for a small or medium city (also used by the suburban and open variants and by COST-231).</summary>
    public static double SmallMediumCity(double logF, double mobileHeightM) => (1.1 * logF - 0.7) * mobileHeightM - (1.56 * logF - 0.8);

    /// <summary>a(hm) in dB for a large city: Hata gives one form for f ≤ 200 MHz and another for f ≥ 400 MHz; the switch is at 300 MHz.</summary>
    public static double LargeCity(double frequencyMhz, double mobileHeightM)
    {
        if (frequencyMhz < 300)
        {
            var l = Math.Log10(1.54 * mobileHeightM);
            return 8.29 * l * l - 1.1;
        }

        var u = Math.Log10(11.75 * mobileHeightM);
        return 3.2 * u * u - 4.97;
    }
}

namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// Forward-scatter attenuation far beyond the horizon (Hufford, "The Algorithm" §4, "Scatter", Eqs. 4.63–4.67 and §6; TN101 §9):
/// A = F(θd) + 10·log10(k·H·θ⁴) − 0.1·(Ns − 301)·exp(−θd / D0) + H0, with the frequency-gain function H0 of the scattering
/// efficiency ηs and the asymmetry of the path.
/// </summary>
internal static class ItmTroposcatter
{
    /// <summary>Returned when both r1 and r2 are below 0.2: "the function Ascat is not defined (or is infinite)" (Algorithm p. 11).</summary>
    public const double Undefined = 1001;

    private const double ScaleHeightZ0M = 1.7556e3; // Eq. 4.67
    private const double ScaleHeightZ1M = 8.0e3; // Eq. 4.67
    private const double DistanceScaleD0M = 40e3; // §6
    private const double HeightScaleHM = 47.7; // Eq. 4.63

    /// <summary>
    /// The scatter attenuation at <paramref name="distanceM"/>. <paramref name="frequencyGainDb"/> carries H0 from one call to the
    /// next: start it negative; once H0 exceeds 15 dB it is frozen (the Algorithm computes d6 before d5, and "if, at d5,
    /// calculations show that H0 will exceed 15 dB, they are replaced by the value it has at d6", p. 12).
    /// </summary>
    public static double AttenuationDb(
        double distanceM,
        in ItmPathGeometry g,
        double effectiveEarthRadiusM,
        double frequencyMhz,
        double lineOfSightAngleRad,
        ref double frequencyGainDb
    )
    {
        var waveNumber = frequencyMhz / 47.7;
        double h0;
        if (frequencyGainDb > 15)
        {
            h0 = frequencyGainDb;
        }
        else
        {
            // Put the nearer horizon first so that the asymmetry s ≤ 1.
            var horizonDifference = g.TxHorizonDistanceM - g.RxHorizonDistanceM;
            var heightRatio = g.RxEffectiveHeightM / g.TxEffectiveHeightM;
            if (horizonDifference < 0)
            {
                horizonDifference = -horizonDifference;
                heightRatio = 1 / heightRatio;
            }

            var theta = g.TxHorizonAngleRad + g.RxHorizonAngleRad + distanceM / effectiveEarthRadiusM; // angular distance
            var r1 = 2 * waveNumber * theta * g.TxEffectiveHeightM; // TN101 Eq. 9.4a
            var r2 = 2 * waveNumber * theta * g.RxEffectiveHeightM;
            if (r1 < 0.2 && r2 < 0.2)
                return Undefined;

            // s and q truncated at 0.1 and 10 (Algorithm p. 16; TN101 Eq. 9.5).
            var s = (distanceM - horizonDifference) / (distanceM + horizonDifference);
            var q = Math.Min(Math.Max(0.1, heightRatio / s), 10);
            s = Math.Max(0.1, s);

            // Height of the crossover of the horizon rays and the scattering efficiency ηs (Eqs. 4.66–4.67; TN101 Eq. 9.3).
            var crossoverM = (distanceM - horizonDifference) * (distanceM + horizonDifference) * theta * 0.25 / distanceM;
            var ns = g.SurfaceRefractivityNUnits;
            var etaS =
                crossoverM
                / ScaleHeightZ0M
                * (1 + (0.031 - ns * 2.32e-3 + ns * ns * 5.67e-6) * Math.Exp(-Math.Pow(Math.Min(1.7, crossoverM / ScaleHeightZ1M), 6)));

            var symmetric = (FrequencyGainCurveDb(r1, etaS) + FrequencyGainCurveDb(r2, etaS)) / 2;
            var asymmetry = Math.Min(symmetric, 6 * (0.6 - Math.Log10(Math.Max(etaS, 1))) * Math.Log10(s) * Math.Log10(q));
            h0 = Math.Max(symmetric + asymmetry, 0); // "if ΔH0 would make H0 negative, use H0 = 0" (TN101 p. 9-4)
            if (etaS < 1)
            {
                // Interpolate towards the ηs = 0 limit.
                var a = (1 + Math.Sqrt(2) / r1) * (1 + Math.Sqrt(2) / r2);
                h0 = etaS * h0 + (1 - etaS) * 10 * Math.Log10(a * a * (r1 + r2) / (r1 + r2 + 2 * Math.Sqrt(2)));
            }

            if (h0 > 15 && frequencyGainDb >= 0)
                h0 = frequencyGainDb;
        }

        frequencyGainDb = h0;
        var beyond = distanceM / effectiveEarthRadiusM - lineOfSightAngleRad;
        var thetaD = beyond * distanceM;
        return AttenuationFunctionDb(thetaD)
            + 10 * Math.Log10(waveNumber * HeightScaleHM * Math.Pow(beyond, 4))
            - 0.1 * (g.SurfaceRefractivityNUnits - 301) * Math.Exp(-thetaD / DistanceScaleD0M)
            + h0;
    }

    /// <summary>F(θd) = a + b·θd + c·log10(θd), with (a, b, c) for θd up to 10 km, 10–70 km and beyond (Algorithm Eq. 6.9).</summary>
    private static double AttenuationFunctionDb(double thetaD)
    {
        if (thetaD <= 10e3)
            return 133.4 + 0.332e-3 * thetaD - 10 * Math.Log10(thetaD);
        if (thetaD <= 70e3)
            return 104.6 + 0.212e-3 * thetaD - 2.5 * Math.Log10(thetaD);
        return 71.8 + 0.157e-3 * thetaD + 5 * Math.Log10(thetaD);
    }

    /// <summary>
    /// H0(r, ηs): the curves 10·log10(1 + a/r⁴ + b/r²) for ηs = 1…5 (Algorithm Eq. 6.13), interpolated linearly in ηs clamped to 1–5.
    /// </summary>
    private static double FrequencyGainCurveDb(double r, double etaS)
    {
        etaS = Math.Min(Math.Max(etaS, 1), 5);
        var whole = (int)etaS;
        var fraction = etaS - whole;
        var value = Curve(whole - 1, r);
        return fraction != 0 ? (1 - fraction) * value + fraction * Curve(whole, r) : value;

        static double Curve(int j, double r)
        {
            ReadOnlySpan<double> a = [25.0, 80.0, 177.0, 395.0, 705.0];
            ReadOnlySpan<double> b = [24.0, 45.0, 68.0, 80.0, 105.0];
            var inverse = 1 / r;
            return 10 * Math.Log10(1 + a[j] * Math.Pow(inverse, 4) + b[j] * inverse * inverse);
        }
    }
}

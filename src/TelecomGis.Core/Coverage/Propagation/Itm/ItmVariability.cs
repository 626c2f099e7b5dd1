namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// From the median reference attenuation to the attenuation not exceeded at the requested time, location and situation
/// quantiles (Hufford, "The Algorithm" §5, "Statistics"; TN101 §10 and Annex III.7): the climate's median adjustment Vmed, the
/// time variability σT (the climate's curves, split above and below the median), the location variability σL and the situation
/// variability σS, combined according to the mode of variability; then the soft floor of Eq. 5.12 for negative values.
/// </summary>
internal static class ItmVariability
{
    /// <summary>One climate's constants (TN101 Fig. 10.13 fitted as in TN101 Eqs. III.69–III.70; Algorithm Table 5.1).</summary>
    private readonly record struct ClimateCurves(
        Curve Median,
        Curve SigmaMinus,
        Curve SigmaPlus,
        double Cd,
        double Zd,
        double Gm1,
        double Gm2,
        double Gm3,
        double Gp1,
        double Gp2,
        double Gp3
    );

    /// <summary>c(de) = (c1 + c2 / (1 + ((de − x2)/x3)²))·(de/x1)² / (1 + (de/x1)²), the form of every climate curve (Eq. 5.5).</summary>
    private readonly record struct Curve(double C1, double C2, double X1, double X2, double X3)
    {
        public double At(double de)
        {
            var r = (de - X2) / X3;
            var s = de / X1;
            return (C1 + C2 / (1 + r * r)) * (s * s) / (1 + s * s);
        }
    }

    // Indexed by climate − 1: equatorial, continental subtropical, maritime subtropical, desert, continental temperate,
    // maritime temperate over land, maritime temperate over sea.
    private static readonly ClimateCurves[] Climates =
    [
        new(
            new(-9.67, 12.7, 144.9e3, 190.3e3, 133.8e3),
            new(2.13, 159.5, 762.2e3, 123.6e3, 94.5e3),
            new(2.11, 102.3, 636.9e3, 134.8e3, 95.6e3),
            1.224,
            1.282,
            1.0,
            0.0,
            0.0,
            1.0,
            0.0,
            0.0
        ),
        new(
            new(-0.62, 9.19, 228.9e3, 205.2e3, 143.6e3),
            new(2.66, 7.67, 100.4e3, 172.5e3, 136.4e3),
            new(6.87, 15.53, 138.7e3, 143.7e3, 98.6e3),
            0.801,
            2.161,
            1.0,
            0.0,
            0.0,
            0.93,
            0.31,
            2.00
        ),
        new(
            new(1.26, 15.5, 262.6e3, 185.2e3, 99.8e3),
            new(6.11, 6.65, 138.2e3, 242.2e3, 178.6e3),
            new(10.08, 9.60, 165.3e3, 225.7e3, 129.7e3),
            1.380,
            1.282,
            1.0,
            0.0,
            0.0,
            1.0,
            0.0,
            0.0
        ),
        new(
            new(-9.21, 9.05, 84.1e3, 101.1e3, 98.6e3),
            new(1.98, 13.11, 139.1e3, 132.7e3, 193.5e3),
            new(3.68, 159.3, 464.4e3, 93.1e3, 94.2e3),
            1.000,
            20.0,
            1.0,
            0.0,
            0.0,
            0.93,
            0.19,
            1.79
        ),
        new(
            new(-0.62, 9.19, 228.9e3, 205.2e3, 143.6e3),
            new(2.68, 7.16, 93.7e3, 186.8e3, 133.5e3),
            new(4.75, 8.12, 93.2e3, 135.9e3, 113.4e3),
            1.224,
            1.282,
            0.92,
            0.25,
            1.77,
            0.93,
            0.31,
            2.00
        ),
        new(
            new(-0.39, 2.86, 141.7e3, 315.9e3, 167.4e3),
            new(6.86, 10.38, 187.8e3, 169.6e3, 108.9e3),
            new(8.58, 13.97, 216.0e3, 152.0e3, 122.7e3),
            1.518,
            1.282,
            1.0,
            0.0,
            0.0,
            1.0,
            0.0,
            0.0
        ),
        new(
            new(3.15, 857.9, 2222e3, 164.8e3, 116.3e3),
            new(8.51, 169.8, 609.8e3, 119.9e3, 106.6e3),
            new(8.43, 8.19, 136.2e3, 188.5e3, 122.9e3),
            1.518,
            1.282,
            1.0,
            0.0,
            0.0,
            1.0,
            0.0,
            0.0
        ),
    ];

    /// <summary>The radius of the earth used for the effective distance, metres (Algorithm Eq. 5.3).</summary>
    private const double EffectiveDistanceEarthRadiusM = 9000e3;

    public static double AttenuationDb(
        in ItmPercentages quantiles,
        in ItmPathGeometry g,
        double frequencyMhz,
        double distanceM,
        double referenceAttenuationDb,
        ItmClimate climate,
        ItmModeOfVariability variability,
        ref ItmWarnings warnings
    )
    {
        var c = Climates[(int)climate - 1];
        var zT = ItmStandardNormal.InverseComplementary(quantiles.TimePct / 100);
        var zL = ItmStandardNormal.InverseComplementary(quantiles.LocationPct / 100);
        var zS = ItmStandardNormal.InverseComplementary(quantiles.SituationPct / 100);
        var waveNumber = frequencyMhz / 47.7;

        // Effective distance de (Eqs. 5.3–5.4).
        var dex =
            Math.Sqrt(2 * EffectiveDistanceEarthRadiusM * g.TxEffectiveHeightM)
            + Math.Sqrt(2 * EffectiveDistanceEarthRadiusM * g.RxEffectiveHeightM)
            + Math.Pow(575.7e12 / waveNumber, 1.0 / 3);
        var de = distanceM < dex ? 130e3 * distanceM / dex : 130e3 + distanceM - dex;

        // Situation variability σS = 5 + 3·exp(−de / 100 km) (Eq. 5.10), unless direct situation variability is eliminated.
        var sigmaS = variability.WithoutSituationVariability ? 0 : 5 + 3 * Math.Exp(-de / 100e3);
        var median = c.Median.At(de);

        switch (variability.Mode)
        {
            case ItmVariabilityMode.SingleMessage:
                zT = zS;
                zL = zS;
                break;
            case ItmVariabilityMode.Accidental:
                zL = zS;
                break;
            case ItmVariabilityMode.Mobile:
                zL = zT;
                break;
        }

        if (Math.Abs(zT) > 3.10 || Math.Abs(zL) > 3.10 || Math.Abs(zS) > 3.10)
            warnings |= ItmWarnings.ExtremeVariabilities;

        // Location variability σL = 10·k·Δh(d) / (k·Δh(d) + 13) (context of Eq. 5.9), unless eliminated.
        double sigmaL = 0;
        if (!variability.WithoutLocationVariability)
        {
            var roughness = ItmTerrainIrregularity.OverDistanceM(distanceM, g.DeltaHM);
            sigmaL = 10 * waveNumber * roughness / (waveNumber * roughness + 13);
        }

        var yL = sigmaL * zL;

        // Time variability: the climate's σT− below the median, σT+ above it up to zD, then tending to σTD (Eqs. 5.6–5.8).
        var q = Math.Log(0.133 * waveNumber);
        var gMinus = c.Gm1 + c.Gm2 / (Math.Pow(c.Gm3 * q, 2) + 1);
        var gPlus = c.Gp1 + c.Gp2 / (Math.Pow(c.Gp3 * q, 2) + 1);
        var sigmaTMinus = c.SigmaMinus.At(de) * gMinus;
        var sigmaTPlus = c.SigmaPlus.At(de) * gPlus;
        var sigmaTD = c.Cd * sigmaTPlus;
        var tailTerm = (sigmaTPlus - sigmaTD) * c.Zd;
        var sigmaT =
            zT < 0 ? sigmaTMinus
            : zT <= c.Zd ? sigmaTPlus
            : sigmaTD + tailTerm / zT;
        var yT = sigmaT * zT;

        // Combination by mode (Eq. 5.11).
        var situationSquared = sigmaS * sigmaS + yT * yT / (7.8 + zS * zS) + yL * yL / (24 + zS * zS);
        double yR,
            yS;
        switch (variability.Mode)
        {
            case ItmVariabilityMode.SingleMessage:
                yR = 0;
                yS = Math.Sqrt(sigmaT * sigmaT + sigmaL * sigmaL + situationSquared) * zS;
                break;
            case ItmVariabilityMode.Accidental:
                yR = yT;
                yS = Math.Sqrt(sigmaL * sigmaL + situationSquared) * zS;
                break;
            case ItmVariabilityMode.Mobile:
                yR = Math.Sqrt(sigmaT * sigmaT + sigmaL * sigmaL) * zT;
                yS = Math.Sqrt(situationSquared) * zS;
                break;
            default:
                yR = yT + yL;
                yS = Math.Sqrt(situationSquared) * zS;
                break;
        }

        var result = referenceAttenuationDb - median - yR - yS;
        // A negative attenuation (a gain over free space) is softened: A·(29 − A)/(29 − 10·A) (Eq. 5.12).
        return result < 0 ? result * (29 - result) / (29 - 10 * result) : result;
    }
}

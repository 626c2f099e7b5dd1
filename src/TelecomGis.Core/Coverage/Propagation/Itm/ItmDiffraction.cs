using System.Numerics;

namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// Diffraction attenuation beyond the horizon (Hufford, "The Algorithm" §4, "Diffraction"; ERL 79-ITS 67 §3.3): a weighted mean
/// of double knife-edge diffraction (TN101 Annex I) and smooth-earth diffraction over three effective radii (Vogler 1964), plus a
/// clutter term. The weight tends to knife edges for rough terrain and to the smooth earth for gentle terrain.
/// </summary>
internal static class ItmDiffraction
{
    /// <summary>The earth's radius the 4/3-earth curves of Vogler are normalised to, metres.</summary>
    private const double EarthRadiusM = 6370e3;

    /// <summary>The diffraction attenuation at distance <paramref name="distanceM"/>, dB.</summary>
    /// <param name="pointToPoint">Adds Longley–Rice's C ≈ 10 m² for low antennas on a known path (ERL 79-ITS 67, p. 3-8).</param>
    public static double AttenuationDb(
        double distanceM,
        in ItmPathGeometry g,
        double txHeightM,
        double rxHeightM,
        Complex groundImpedance,
        double effectiveEarthRadiusM,
        double lineOfSightAngleRad,
        double smoothEarthMaxLineOfSightM,
        double frequencyMhz,
        bool pointToPoint
    )
    {
        var knifeEdge = KnifeEdgeDb(distanceM, frequencyMhz, effectiveEarthRadiusM, lineOfSightAngleRad, g);
        var smoothEarth = SmoothEarthDb(distanceM, frequencyMhz, effectiveEarthRadiusM, lineOfSightAngleRad, g, groundImpedance);

        // Clutter factor Afo = min(15, 5·log10(1 + 10⁻⁵·h1·h2·f·σh(Δh(dLs)))) (ERL 79-ITS 67, Eq. 3.38c).
        var rms = ItmTerrainIrregularity.RmsDeviationM(ItmTerrainIrregularity.OverDistanceM(smoothEarthMaxLineOfSightM, g.DeltaHM));
        var clutter = Math.Min(15, 5 * Math.Log10(1 + 1e-5 * txHeightM * rxHeightM * frequencyMhz * rms));

        // Weight w = 25.1 / (25.1 + √q) (ERL 79-ITS 67, Eq. 3.23).
        var structural = txHeightM * rxHeightM;
        var gain = g.TxEffectiveHeightM * g.RxEffectiveHeightM - structural;
        if (pointToPoint)
            structural += 10;
        var roughness = ItmTerrainIrregularity.OverDistanceM(distanceM, g.DeltaHM);
        var q =
            (Math.Sqrt(1 + gain / structural) + (-lineOfSightAngleRad * effectiveEarthRadiusM + g.MaxLineOfSightDistanceM) / distanceM)
            * Math.Min(roughness * frequencyMhz / 47.7, 6283.2);
        var w = 25.1 / (25.1 + Math.Sqrt(q));
        return w * smoothEarth + (1 - w) * knifeEdge + clutter;
    }

    /// <summary>
    /// Double knife edge at the two horizons: Ak = A(v1) + A(v2) with v² = (k / 4π)·θ²·dL·(d − dL)/(d − dL + dL,i), k = f/47.7 m⁻¹
    /// (TN101 Eqs. I.1, I.7).
    /// </summary>
    private static double KnifeEdgeDb(
        double distanceM,
        double frequencyMhz,
        double effectiveEarthRadiusM,
        double lineOfSightAngleRad,
        in ItmPathGeometry g
    )
    {
        var angle = distanceM / effectiveEarthRadiusM - lineOfSightAngleRad; // θ, Algorithm Eq. 4.12
        var beyond = distanceM - g.MaxLineOfSightDistanceM;
        var common = 1 / (4 * Math.PI) * (frequencyMhz / 47.7) * angle * angle;
        var v1Squared = common * g.TxHorizonDistanceM * beyond / (beyond + g.TxHorizonDistanceM);
        var v2Squared = common * g.RxHorizonDistanceM * beyond / (beyond + g.RxHorizonDistanceM);
        return FresnelKnifeEdgeDb(v1Squared) + FresnelKnifeEdgeDb(v2Squared);
    }

    /// <summary>Knife-edge attenuation from v²: 6.02 + 9.11·v − 1.27·v² for v &lt; 2.4, else 12.953 + 20·log10 v (TN101 Eqs. III.24b–c).</summary>
    private static double FresnelKnifeEdgeDb(double vSquared) =>
        vSquared < 5.76 ? 6.02 + 9.11 * Math.Sqrt(vSquared) - 1.27 * vSquared : 12.953 + 10 * Math.Log10(vSquared);

    /// <summary>
    /// Vogler's three-radius smooth-earth diffraction (Algorithm Eq. 4.20; Vogler 1964): the path beyond the horizons on radius
    /// a0 = (d − dL)/(d/ae − θlos) and each terminal's horizon on radius dL,i²/(2·he,i); A = G(x0) − F(x1) − F(x2) − 20 dB.
    /// </summary>
    private static double SmoothEarthDb(
        double distanceM,
        double frequencyMhz,
        double effectiveEarthRadiusM,
        double lineOfSightAngleRad,
        in ItmPathGeometry g,
        Complex groundImpedance
    )
    {
        var angle = distanceM / effectiveEarthRadiusM - lineOfSightAngleRad;
        var pathRadius = (distanceM - g.MaxLineOfSightDistanceM) / angle;
        var txRadius = 0.5 * g.TxHorizonDistanceM * g.TxHorizonDistanceM / g.TxEffectiveHeightM;
        var rxRadius = 0.5 * g.RxHorizonDistanceM * g.RxHorizonDistanceM / g.RxEffectiveHeightM;
        var cubeRootF = Math.Pow(frequencyMhz, 1.0 / 3);
        var zgMagnitude = Complex.Abs(groundImpedance);

        var (xPath, _) = NormalisedDistanceKm(pathRadius, pathRadius * angle / 1000, frequencyMhz, cubeRootF, zgMagnitude);
        var (xTx, kTx) = NormalisedDistanceKm(txRadius, g.TxHorizonDistanceM / 1000, frequencyMhz, cubeRootF, zgMagnitude);
        var (xRx, kRx) = NormalisedDistanceKm(rxRadius, g.RxHorizonDistanceM / 1000, frequencyMhz, cubeRootF, zgMagnitude);
        var x0 = xPath + xTx + xRx;

        var distanceTerm = 0.05751 * x0 - 10 * Math.Log10(x0); // G(x), TN101 Eq. 8.4
        return distanceTerm - HeightGainDb(xTx, kTx) - HeightGainDb(xRx, kRx) - 20;
    }

    /// <summary>
    /// Vogler's normalised distance x = B0·C0²·f^⅓·d(km) on radius a, with C0 = (4/3 · a0 / a)^⅓, K = 0.017778·C0·f^−⅓ / |Zg| and
    /// B0 = 1.607 − K (Vogler 1964, Eqs. 2, 6a/7a, Fig. 4).
    /// </summary>
    private static (double X, double K) NormalisedDistanceKm(
        double radiusM,
        double distanceKm,
        double frequencyMhz,
        double cubeRootF,
        double zgMagnitude
    )
    {
        var c0 = Math.Pow(4.0 / 3.0 * EarthRadiusM / radiusM, 1.0 / 3);
        var k = 0.017778 * c0 * Math.Pow(frequencyMhz, -1.0 / 3) / zgMagnitude;
        var b0 = 1.607 - k;
        return (b0 * c0 * c0 * cubeRootF * distanceKm, k);
    }

    /// <summary>The height-gain function F(x, K) of the smooth-earth term (Algorithm §4, Eqs. 4.21–4.24; Vogler 1964).</summary>
    private static double HeightGainDb(double x, double k)
    {
        if (x < 200)
        {
            var w = -Math.Log(k);
            if (k < 1e-5 || x * w * w * w > 5495)
                return x > 1 ? 17.372 * Math.Log(x) - 117 : -117;
            return 2.5e-5 * x * x / k - 8.686 * w - 15;
        }

        var far = 0.05751 * x - 4.343 * Math.Log(x);
        if (x >= 2000)
            return far;
        var blend = 0.0134 * x * Math.Exp(-0.005 * x);
        return (1 - blend) * far + blend * (17.372 * Math.Log(x) - 117);
    }
}

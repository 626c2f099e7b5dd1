using System.Numerics;

namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// Attenuation within line of sight (Hufford, "The Algorithm" §4, "Line of sight", Eqs. 4.44–4.51): a two-ray model with a
/// ground reflection roughened by the terrain, blended with the extended diffraction line Md·d + Ad0 by a weight that leans
/// on the diffraction line as f·Δh grows.
/// </summary>
internal static class ItmLineOfSight
{
    public static double AttenuationDb(
        double distanceM,
        in ItmPathGeometry g,
        Complex groundImpedance,
        double diffractionSlopeDbPerM,
        double diffractionInterceptDb,
        double smoothEarthMaxLineOfSightM,
        double frequencyMhz
    )
    {
        var rms = ItmTerrainIrregularity.RmsDeviationM(ItmTerrainIrregularity.OverDistanceM(distanceM, g.DeltaHM));
        var waveNumber = frequencyMhz / 47.7; // k = 2π/λ in 1/m with f in MHz
        var heightSum = g.TxEffectiveHeightM + g.RxEffectiveHeightM;
        var sinPsi = heightSum / Math.Sqrt(distanceM * distanceM + heightSum * heightSum); // Eq. 4.46

        // Effective reflection coefficient Re = (sinψ − Zg)/(sinψ + Zg)·exp(−min(10, k·σh·sinψ)) (Eq. 4.47), kept at least √sinψ in
        // magnitude and at least ½ (Eq. 4.48).
        var reflection = (sinPsi - groundImpedance) / (sinPsi + groundImpedance) * Math.Exp(-Math.Min(10, waveNumber * rms * sinPsi));
        var magnitudeSquared = reflection.Real * reflection.Real + reflection.Imaginary * reflection.Imaginary;
        if (magnitudeSquared < 0.25 || magnitudeSquared < sinPsi)
            reflection *= Math.Sqrt(sinPsi / magnitudeSquared);

        // Phase difference δ = 2k·he1·he2/d, folded beyond π/2 as π − (π/2)²/δ (Eqs. 4.49–4.50).
        var phase = waveNumber * 2 * g.TxEffectiveHeightM * g.RxEffectiveHeightM / distanceM;
        if (phase > Math.PI / 2)
            phase = Math.PI - Math.PI / 2 * (Math.PI / 2) / phase;
        var sum = new Complex(Math.Cos(phase), -Math.Sin(phase)) + reflection;
        var twoRay = -10 * Math.Log10(sum.Real * sum.Real + sum.Imaginary * sum.Imaginary);

        var extendedDiffraction = diffractionSlopeDbPerM * distanceM + diffractionInterceptDb;
        var w = 1 / (1 + frequencyMhz * g.DeltaHM / Math.Max(10e3, smoothEarthMaxLineOfSightM)); // Eq. 4.51
        return w * twoRay + (1 - w) * extendedDiffraction;
    }
}

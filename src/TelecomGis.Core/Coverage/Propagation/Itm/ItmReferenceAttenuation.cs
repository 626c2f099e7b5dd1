using System.Numerics;

namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// The median reference attenuation relative to free space (Hufford, "The Algorithm" §4, "The reference attenuation"; Longley
/// and Rice, ERL 79-ITS 67 §3): a diffraction line fitted through two distances far beyond the horizon, a line-of-sight curve
/// Ao + k1·d + k2·ln d joined to it at the smooth-earth horizon distance, and a scatter line joined where scatter takes over.
/// </summary>
internal static class ItmReferenceAttenuation
{
    public static (double AttenuationDb, ItmPropagationMode Mode, ItmError Error) Compute(
        in ItmPathGeometry g,
        double distanceM,
        double txHeightM,
        double rxHeightM,
        double frequencyMhz,
        in ItmMedium medium,
        bool pointToPoint,
        ref ItmWarnings warnings
    )
    {
        var ae = medium.EffectiveEarthRadiusM;
        var zg = medium.GroundImpedance;

        // Smooth-earth horizons dLs = √(2·he·ae) and the maximum line-of-sight distances (Algorithm Eqs. 4.2–4.5).
        var smoothTx = Math.Sqrt(2 * g.TxEffectiveHeightM * ae);
        var smoothRx = Math.Sqrt(2 * g.RxEffectiveHeightM * ae);
        var smoothMaxLos = smoothTx + smoothRx;
        var actualMaxLos = g.MaxLineOfSightDistanceM;
        var lineOfSightAngle = -Math.Max(g.TxHorizonAngleRad + g.RxHorizonAngleRad, -actualMaxLos / ae);

        warnings |= GeometryWarnings(g, smoothTx, smoothRx);

        var ns = g.SurfaceRefractivityNUnits;
        if (ns < 150)
            return (double.NaN, ItmPropagationMode.NotSet, ItmError.SurfaceRefractivitySmall);
        if (ns > 400)
            return (double.NaN, ItmPropagationMode.NotSet, ItmError.SurfaceRefractivityLarge);
        if (ns < 250)
            warnings |= ItmWarnings.SurfaceRefractivity;
        if (ae < 4_000_000 || ae > 13_333_333)
            return (double.NaN, ItmPropagationMode.NotSet, ItmError.EffectiveEarth);
        if (zg.Real <= Math.Abs(zg.Imaginary))
            return (double.NaN, ItmPropagationMode.NotSet, ItmError.GroundImpedance);

        // The diffraction line through d3 and d4, both well beyond the horizon (Eqs. 4.7–4.9).
        var scale = Math.Pow(ae * ae / frequencyMhz, 1.0 / 3);
        var d3 = Math.Max(smoothMaxLos, actualMaxLos + 5 * scale);
        var d4 = d3 + 10 * scale;
        var a3 = ItmDiffraction.AttenuationDb(
            d3,
            g,
            txHeightM,
            rxHeightM,
            zg,
            ae,
            lineOfSightAngle,
            smoothMaxLos,
            frequencyMhz,
            pointToPoint
        );
        var a4 = ItmDiffraction.AttenuationDb(
            d4,
            g,
            txHeightM,
            rxHeightM,
            zg,
            ae,
            lineOfSightAngle,
            smoothMaxLos,
            frequencyMhz,
            pointToPoint
        );
        var slopeD = (a4 - a3) / (d4 - d3);
        var interceptD = a3 - slopeD * d3;

        if (distanceM < Math.Abs(g.TxEffectiveHeightM - g.RxEffectiveHeightM) / 200e-3)
            warnings |= ItmWarnings.PathDistanceTooSmall1;
        if (distanceM < 1e3)
            warnings |= ItmWarnings.PathDistanceTooSmall2;
        if (distanceM > 1000e3)
            warnings |= ItmWarnings.PathDistanceTooBig1;
        if (distanceM > 2000e3)
            warnings |= ItmWarnings.PathDistanceTooBig2;

        double attenuation;
        ItmPropagationMode mode;
        if (distanceM < smoothMaxLos)
        {
            attenuation = LineOfSightRegionDb(distanceM, g, zg, slopeD, interceptD, smoothMaxLos, actualMaxLos, frequencyMhz);
            mode = ItmPropagationMode.LineOfSight;
        }
        else
        {
            (attenuation, mode) = BeyondHorizonDb(
                distanceM,
                g,
                ae,
                frequencyMhz,
                lineOfSightAngle,
                slopeD,
                interceptD,
                smoothMaxLos,
                actualMaxLos
            );
        }

        return (Math.Max(attenuation, 0), mode, ItmError.None);
    }

    private static ItmWarnings GeometryWarnings(in ItmPathGeometry g, double smoothTx, double smoothRx)
    {
        var w = ItmWarnings.None;
        if (Math.Abs(g.TxHorizonAngleRad) > 200e-3)
            w |= ItmWarnings.TxHorizonAngle;
        if (Math.Abs(g.RxHorizonAngleRad) > 200e-3)
            w |= ItmWarnings.RxHorizonAngle;
        if (g.TxHorizonDistanceM < 0.1 * smoothTx)
            w |= ItmWarnings.TxHorizonDistance1;
        if (g.RxHorizonDistanceM < 0.1 * smoothRx)
            w |= ItmWarnings.RxHorizonDistance1;
        if (g.TxHorizonDistanceM > 3 * smoothTx)
            w |= ItmWarnings.TxHorizonDistance2;
        if (g.RxHorizonDistanceM > 3 * smoothRx)
            w |= ItmWarnings.RxHorizonDistance2;
        return w;
    }

    /// <summary>
    /// Within the smooth-earth horizon: Aref = Ao + k1·d + k2·ln d through the diffraction line's value at dLs and the
    /// line-of-sight attenuation at d0 and d1 (ERL 79-ITS 67, Eqs. 3.16–3.21; Algorithm Eqs. 4.27–4.43).
    /// </summary>
    private static double LineOfSightRegionDb(
        double distanceM,
        in ItmPathGeometry g,
        Complex zg,
        double slopeD,
        double interceptD,
        double smoothMaxLos,
        double actualMaxLos,
        double frequencyMhz
    )
    {
        var atSmoothHorizon = smoothMaxLos * slopeD + interceptD;
        var d0 = 0.04 * frequencyMhz * g.TxEffectiveHeightM * g.RxEffectiveHeightM; // Eq. 3.16a, metres
        double d1;
        if (interceptD >= 0)
        {
            d0 = Math.Min(d0, 0.5 * actualMaxLos);
            d1 = d0 + 0.25 * (actualMaxLos - d0); // Eq. 3.16d
        }
        else
        {
            d1 = Math.Max(-interceptD / slopeD, 0.25 * actualMaxLos);
        }

        var a1 = ItmLineOfSight.AttenuationDb(d1, g, zg, slopeD, interceptD, smoothMaxLos, frequencyMhz);
        var useBoth = false;
        double k1 = 0,
            k2 = 0;
        if (d0 < d1)
        {
            var a0 = ItmLineOfSight.AttenuationDb(d0, g, zg, slopeD, interceptD, smoothMaxLos, frequencyMhz);
            var logRatio = Math.Log(smoothMaxLos / d0);
            // Eq. 3.20
            k2 = Math.Max(
                0,
                ((smoothMaxLos - d0) * (a1 - a0) - (d1 - d0) * (atSmoothHorizon - a0))
                    / ((smoothMaxLos - d0) * Math.Log(d1 / d0) - (d1 - d0) * logRatio)
            );
            useBoth = interceptD > 0 || k2 > 0;
            if (useBoth)
            {
                k1 = (atSmoothHorizon - a0 - k2 * logRatio) / (smoothMaxLos - d0); // Eq. 3.21
                if (k1 < 0)
                {
                    k1 = 0;
                    k2 = Math.Max(atSmoothHorizon - a0, 0) / logRatio;
                    if (k2 == 0)
                        k1 = slopeD;
                }
            }
        }

        if (!useBoth)
        {
            k1 = Math.Max(atSmoothHorizon - a1, 0) / (smoothMaxLos - d1);
            k2 = 0;
            if (k1 == 0)
                k1 = slopeD;
        }

        var a = atSmoothHorizon - k1 * smoothMaxLos - k2 * Math.Log(smoothMaxLos);
        return a + k1 * distanceM + k2 * Math.Log(distanceM); // Eq. 3.19
    }

    /// <summary>
    /// Beyond the smooth-earth horizon: the scatter line through d5 = dL + 200 km and d6 = dL + 400 km meets the diffraction line
    /// at dx; the path takes whichever line its distance falls on (Algorithm Eqs. 4.52–4.62).
    /// </summary>
    private static (double, ItmPropagationMode) BeyondHorizonDb(
        double distanceM,
        in ItmPathGeometry g,
        double ae,
        double frequencyMhz,
        double lineOfSightAngle,
        double slopeD,
        double interceptD,
        double smoothMaxLos,
        double actualMaxLos
    )
    {
        var d5 = actualMaxLos + 200e3;
        var d6 = actualMaxLos + 400e3;
        var frequencyGain = -1.0;
        var a6 = ItmTroposcatter.AttenuationDb(d6, g, ae, frequencyMhz, lineOfSightAngle, ref frequencyGain);
        var a5 = ItmTroposcatter.AttenuationDb(d5, g, ae, frequencyMhz, lineOfSightAngle, ref frequencyGain);

        double slopeS,
            interceptS,
            transitionM;
        if (a5 < 1000)
        {
            slopeS = (a6 - a5) / 200e3;
            transitionM = Math.Max(
                Math.Max(smoothMaxLos, actualMaxLos + 1.088 * Math.Pow(ae * ae / frequencyMhz, 1.0 / 3) * Math.Log(frequencyMhz)),
                (a5 - interceptD - slopeS * d5) / (slopeD - slopeS)
            );
            interceptS = (slopeD - slopeS) * transitionM + interceptD;
        }
        else
        {
            // Scatter undefined: the diffraction line continues.
            slopeS = slopeD;
            interceptS = interceptD;
            transitionM = 10e6;
        }

        return distanceM > transitionM
            ? (slopeS * distanceM + interceptS, ItmPropagationMode.Troposcatter)
            : (slopeD * distanceM + interceptD, ItmPropagationMode.Diffraction);
    }
}

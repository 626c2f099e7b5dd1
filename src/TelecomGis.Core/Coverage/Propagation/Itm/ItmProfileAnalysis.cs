namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// Point-to-point mode's preparation of the path from its terrain profile (Hufford, "The Algorithm" §3, the quick-profile
/// analysis; Hufford 1982 "The ITS Irregular Terrain Model, version 1.2.2"): horizons, Δh between points about 15 tower heights
/// from each end, and effective heights above the least-squares line fitted to the foreground of each terminal. On a line-of-sight
/// path the horizons and angles are replaced by those of a smooth earth with the same Δh, as area mode would have them.
/// </summary>
internal static class ItmProfileAnalysis
{
    /// <summary>
    /// The mean elevation of the profile's middle 80 %, metres: the "system elevation" at which the surface refractivity is taken.
    /// </summary>
    public static double SystemElevationM(ReadOnlySpan<double> z)
    {
        var intervals = z.Length - 1;
        var tenth = (int)(0.1 * intervals);
        var sum = 0.0;
        for (var i = tenth; i <= intervals - tenth; i++)
            sum += z[i];
        return sum / (intervals - 2 * tenth + 1);
    }

    public static ItmPathGeometry Analyse(ReadOnlySpan<double> z, double spacingM, double txHeightM, double rxHeightM, in ItmMedium medium)
    {
        var intervals = z.Length - 1;
        var distanceM = intervals * spacingM;
        var ae = medium.EffectiveEarthRadiusM;
        var (txAngle, rxAngle, txHorizon, rxHorizon) = ItmHorizons.Find(z, spacingM, ae, txHeightM, rxHeightM);

        // "Consideration of terrain elevations should begin at a point about 15 times the tower height" (Hufford 1982, p. 25),
        // or a tenth of the horizon distance when that is nearer.
        var startM = Math.Min(15 * txHeightM, 0.1 * txHorizon);
        var endM = distanceM - Math.Min(15 * rxHeightM, 0.1 * rxHorizon);
        var deltaH = ItmTerrainIrregularity.DeltaHM(z, spacingM, startM, endM);

        double txEffective,
            rxEffective;
        if (txHorizon + rxHorizon > 1.5 * distanceM)
        {
            // Well within line of sight: one line over the whole stretch, then smooth-earth horizons for this Δh
            // (Algorithm Eqs. 3.3–3.4, as in area mode).
            var (fitTx, fitRx) = ItmLeastSquaresFit.Fit(z, spacingM, startM, endM);
            txEffective = txHeightM + Math.Max(z[0] - fitTx, 0);
            rxEffective = rxHeightM + Math.Max(z[intervals] - fitRx, 0);
            txHorizon = SmoothEarthHorizonM(txEffective, ae, deltaH);
            rxHorizon = SmoothEarthHorizonM(rxEffective, ae, deltaH);
            if (txHorizon + rxHorizon <= distanceM)
            {
                // The smooth-earth horizons fall short of the path: raise both effective heights so they just reach it.
                var scale = distanceM / (txHorizon + rxHorizon);
                scale *= scale;
                txEffective *= scale;
                rxEffective *= scale;
                txHorizon = SmoothEarthHorizonM(txEffective, ae, deltaH);
                rxHorizon = SmoothEarthHorizonM(rxEffective, ae, deltaH);
            }

            txAngle = SmoothEarthHorizonAngleRad(txEffective, txHorizon, ae, deltaH);
            rxAngle = SmoothEarthHorizonAngleRad(rxEffective, rxHorizon, ae, deltaH);
        }
        else
        {
            // Trans-horizon: each terminal's effective height is above the line fitted to its own foreground, up to 90 % of its horizon.
            var (fitTx, _) = ItmLeastSquaresFit.Fit(z, spacingM, startM, 0.9 * txHorizon);
            txEffective = txHeightM + Math.Max(z[0] - fitTx, 0);
            var (_, fitRx) = ItmLeastSquaresFit.Fit(z, spacingM, distanceM - 0.9 * rxHorizon, endM);
            rxEffective = rxHeightM + Math.Max(z[intervals] - fitRx, 0);
        }

        return new ItmPathGeometry(txAngle, rxAngle, txHorizon, rxHorizon, txEffective, rxEffective, deltaH, medium.SurfaceRefractivity);
    }

    /// <summary>dL = √(2·he·ae)·exp(−0.07·√(Δh / max(he, 5 m))) (Algorithm Eq. 3.3).</summary>
    internal static double SmoothEarthHorizonM(double effectiveHeightM, double effectiveEarthRadiusM, double deltaHM) =>
        Math.Sqrt(2 * effectiveHeightM * effectiveEarthRadiusM) * Math.Exp(-0.07 * Math.Sqrt(deltaHM / Math.Max(effectiveHeightM, 5)));

    /// <summary>θe = (0.65·Δh·(dLs/dL − 1) − 2·he) / dLs with dLs = √(2·he·ae) (Algorithm Eq. 3.4).</summary>
    internal static double SmoothEarthHorizonAngleRad(
        double effectiveHeightM,
        double horizonM,
        double effectiveEarthRadiusM,
        double deltaHM
    )
    {
        var smoothHorizon = Math.Sqrt(2 * effectiveHeightM * effectiveEarthRadiusM);
        return (0.65 * deltaHM * (smoothHorizon / horizonM - 1) - 2 * effectiveHeightM) / smoothHorizon;
    }
}

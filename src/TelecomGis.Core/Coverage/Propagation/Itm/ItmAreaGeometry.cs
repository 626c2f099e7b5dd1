namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// Area mode's path parameters, estimated from Δh and the siting criteria when no profile is known (Hufford, "The Algorithm"
/// §3, Eqs. 3.2–3.4): effective heights raised for careful siting, then smooth-earth horizon distances and angles.
/// </summary>
internal static class ItmAreaGeometry
{
    public static ItmPathGeometry Estimate(
        double txHeightM,
        double rxHeightM,
        ItmSitingCriteria txSiting,
        ItmSitingCriteria rxSiting,
        double deltaHM,
        in ItmMedium medium
    )
    {
        var ae = medium.EffectiveEarthRadiusM;
        var txEffective = EffectiveHeightM(txHeightM, txSiting, deltaHM);
        var rxEffective = EffectiveHeightM(rxHeightM, rxSiting, deltaHM);
        var txHorizon = ItmProfileAnalysis.SmoothEarthHorizonM(txEffective, ae, deltaHM);
        var rxHorizon = ItmProfileAnalysis.SmoothEarthHorizonM(rxEffective, ae, deltaHM);
        return new ItmPathGeometry(
            ItmProfileAnalysis.SmoothEarthHorizonAngleRad(txEffective, txHorizon, ae, deltaHM),
            ItmProfileAnalysis.SmoothEarthHorizonAngleRad(rxEffective, rxHorizon, ae, deltaHM),
            txHorizon,
            rxHorizon,
            txEffective,
            rxEffective,
            deltaHM,
            medium.SurfaceRefractivity
        );
    }

    /// <summary>he = hg + (1 + B)·exp(−min(20, 2·hg / max(10⁻³, Δh))), B = 4 careful or 9 very careful, scaled by sin(0.1·π·hg) below 5 m (Eq. 3.2).</summary>
    private static double EffectiveHeightM(double heightM, ItmSitingCriteria siting, double deltaHM)
    {
        if (siting == ItmSitingCriteria.Random)
            return heightM;
        var b = siting == ItmSitingCriteria.Careful ? 4.0 : 9.0;
        if (heightM < 5)
            b *= Math.Sin(0.1 * Math.PI * heightM);
        return heightM + (1 + b) * Math.Exp(-Math.Min(20, 2 * heightM / Math.Max(1e-3, deltaHM)));
    }
}

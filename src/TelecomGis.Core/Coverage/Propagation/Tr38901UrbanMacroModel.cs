namespace TelecomGis.Core.Coverage.Propagation;

/// <summary>
/// 3GPP TR 38.901 V17.0.0 (2022-03), §7.4.1, Table 7.4.1-1, scenario UMa (urban macro), median path loss, fc in GHz, d in m:
/// <list type="bullet">
/// <item>LOS: PL1 = 28.0 + 22·log10(d3D) + 20·log10(fc) for 10 m ≤ d2D ≤ d'BP;
/// PL2 = 28.0 + 40·log10(d3D) + 20·log10(fc) − 9·log10(d'BP² + (hBS − hUT)²) for d'BP ≤ d2D ≤ 5 km.</item>
/// <item>Breakpoint (Note 1): d'BP = 4·h'BS·h'UT·fc/c with h' = h − hE; hE = 1 m (for hUT below 13 m the TR takes hE = 1 m
/// with probability 1).</item>
/// <item>NLOS: PL = max(PL_UMa-LOS, PL'_UMa-NLOS), PL' = 13.54 + 39.08·log10(d3D) + 20·log10(fc) − 0.6·(hUT − 1.5), 10 m ≤ d2D ≤ 5 km.</item>
/// </list>
/// d3D = √(d2D² + (hBS − hUT)²). Validity (Table 7.4.1-1): 0.5–100 GHz, d2D 10 m–5 km, 1.5 m ≤ hUT ≤ 22.5 m, and the TR
/// states the formulas for hBS = 25 m only: other mast heights are accepted (d3D and the breakpoint use them) but flagged as an
/// extrapolation. No shadow fading is added: this is the median.
/// </summary>
public sealed class Tr38901UrbanMacroModel(Tr38901LineOfSight lineOfSight) : IPathLossModel
{
    private const double SpeedOfLightMPerS = 299_792_458.0;
    private const double EnvironmentHeightM = 1.0;

    /// <summary>LOS or NLOS.</summary>
    public Tr38901LineOfSight LineOfSight { get; } = lineOfSight;

    /// <inheritdoc />
    public string Name => LineOfSight == Tr38901LineOfSight.LineOfSight ? "3GPP TR 38.901 UMa LOS" : "3GPP TR 38.901 UMa NLOS";

    /// <inheritdoc />
    public PathLoss Compute(in PathLossRequest request)
    {
        var fcGhz = request.FrequencyMhz / 1000;
        var d2DM = request.DistanceKm * 1000;
        var hBs = request.TxHeightM;
        var hUt = request.RxHeightM;
        var dh = hBs - hUt;
        var d3DM = Math.Sqrt(d2DM * d2DM + dh * dh);
        var logFc = Math.Log10(fcGhz);

        var los = LineOfSightLossDb(fcGhz, logFc, d2DM, d3DM, hBs, hUt, dh);
        var loss =
            LineOfSight == Tr38901LineOfSight.LineOfSight
                ? los
                : Math.Max(los, 13.54 + 39.08 * Math.Log10(d3DM) + 20 * logFc - 0.6 * (hUt - 1.5));

        var note = ValidityNote(fcGhz, d2DM, hBs, hUt);
        return new PathLoss(loss, note is null, note);
    }

    /// <summary>The breakpoint distance d'BP of Note 1, metres.</summary>
    public static double BreakpointDistanceM(double frequencyMhz, double txHeightM, double rxHeightM) =>
        4 * (txHeightM - EnvironmentHeightM) * (rxHeightM - EnvironmentHeightM) * frequencyMhz * 1e6 / SpeedOfLightMPerS;

    private static double LineOfSightLossDb(double fcGhz, double logFc, double d2DM, double d3DM, double hBs, double hUt, double dh)
    {
        var dBp = BreakpointDistanceM(fcGhz * 1000, hBs, hUt);
        if (d2DM <= dBp)
            return 28.0 + 22 * Math.Log10(d3DM) + 20 * logFc;
        return 28.0 + 40 * Math.Log10(d3DM) + 20 * logFc - 9 * Math.Log10(dBp * dBp + dh * dh);
    }

    private static string? ValidityNote(double fcGhz, double d2DM, double hBs, double hUt)
    {
        if (fcGhz < 0.5 || fcGhz > 100)
            return "frequency outside TR 38.901 UMa's 0.5–100 GHz";
        if (d2DM < 10 || d2DM > 5000)
            return "distance outside TR 38.901 UMa's 10 m–5 km";
        if (hUt < 1.5 || hUt > 22.5)
            return "mobile antenna height outside TR 38.901 UMa's 1.5–22.5 m";
        if (hBs != 25)
            return "base antenna height other than TR 38.901 UMa's 25 m (extrapolated)";
        return null;
    }
}

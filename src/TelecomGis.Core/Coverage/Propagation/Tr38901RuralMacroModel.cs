namespace TelecomGis.Core.Coverage.Propagation;

/// <summary>
/// 3GPP TR 38.901 V17.0.0 (2022-03), §7.4.1, Table 7.4.1-1, scenario RMa (rural macro), median path loss, fc in GHz, d in m,
/// with the TR's default average building height h = 5 m and street width W = 20 m:
/// <list type="bullet">
/// <item>LOS: PL1 = 20·log10(40π·d3D·fc/3) + min(0.03·h^1.72, 10)·log10(d3D) − min(0.044·h^1.72, 14.77) + 0.002·log10(h)·d3D
/// for 10 m ≤ d2D ≤ dBP; PL2 = PL1(dBP) + 40·log10(d3D/dBP) for dBP ≤ d2D ≤ 10 km.</item>
/// <item>Breakpoint (Note 5): dBP = 2π·hBS·hUT·fc/c (fc in Hz).</item>
/// <item>NLOS: PL = max(PL_RMa-LOS, PL'_RMa-NLOS), 10 m ≤ d2D ≤ 5 km, with
/// PL' = 161.04 − 7.1·log10(W) + 7.5·log10(h) − (24.37 − 3.7·(h/hBS)²)·log10(hBS) + (43.42 − 3.1·log10(hBS))·(log10(d3D) − 3)
/// + 20·log10(fc) − (3.2·(log10(11.75·hUT))² − 4.97).</item>
/// </list>
/// Validity: 0.5–30 GHz (the TR's RMa applicability range), 10 m ≤ hBS ≤ 150 m, 1 m ≤ hUT ≤ 10 m, d2D as above.
/// </summary>
public sealed class Tr38901RuralMacroModel(Tr38901LineOfSight lineOfSight) : IPathLossModel
{
    /// <summary>Average building height h, metres (the TR's default; applicability 5–50 m).</summary>
    public const double BuildingHeightM = 5;

    /// <summary>Average street width W, metres (the TR's default; applicability 5–50 m).</summary>
    public const double StreetWidthM = 20;

    private const double SpeedOfLightMPerS = 299_792_458.0;
    private static readonly double HPow172 = Math.Pow(BuildingHeightM, 1.72);
    private static readonly double LogH = Math.Log10(BuildingHeightM);
    private static readonly double NlosBuildingTermsDb = 161.04 - 7.1 * Math.Log10(StreetWidthM) + 7.5 * LogH;

    /// <summary>LOS or NLOS.</summary>
    public Tr38901LineOfSight LineOfSight { get; } = lineOfSight;

    /// <inheritdoc />
    public string Name => LineOfSight == Tr38901LineOfSight.LineOfSight ? "3GPP TR 38.901 RMa LOS" : "3GPP TR 38.901 RMa NLOS";

    /// <inheritdoc />
    public PathLoss Compute(in PathLossRequest request)
    {
        var fcGhz = request.FrequencyMhz / 1000;
        var d2DM = request.DistanceKm * 1000;
        var hBs = request.TxHeightM;
        var hUt = request.RxHeightM;
        var d3DM = Math.Sqrt(d2DM * d2DM + (hBs - hUt) * (hBs - hUt));

        var los = LineOfSightLossDb(fcGhz, d2DM, d3DM, hBs, hUt);
        double loss;
        if (LineOfSight == Tr38901LineOfSight.LineOfSight)
        {
            loss = los;
        }
        else
        {
            var logHbs = Math.Log10(hBs);
            var ratio = BuildingHeightM / hBs;
            var logHut = Math.Log10(11.75 * hUt);
            var nlos =
                NlosBuildingTermsDb
                - (24.37 - 3.7 * ratio * ratio) * logHbs
                + (43.42 - 3.1 * logHbs) * (Math.Log10(d3DM) - 3)
                + 20 * Math.Log10(fcGhz)
                - (3.2 * logHut * logHut - 4.97);
            loss = Math.Max(los, nlos);
        }

        var note = ValidityNote(fcGhz, d2DM, hBs, hUt, LineOfSight == Tr38901LineOfSight.LineOfSight ? 10_000 : 5_000);
        return new PathLoss(loss, note is null, note);
    }

    /// <summary>The breakpoint distance dBP of Note 5, metres.</summary>
    public static double BreakpointDistanceM(double frequencyMhz, double txHeightM, double rxHeightM) =>
        2 * Math.PI * txHeightM * rxHeightM * frequencyMhz * 1e6 / SpeedOfLightMPerS;

    private static double Pl1Db(double fcGhz, double d3DM) =>
        20 * Math.Log10(40 * Math.PI * d3DM * fcGhz / 3)
        + Math.Min(0.03 * HPow172, 10) * Math.Log10(d3DM)
        - Math.Min(0.044 * HPow172, 14.77)
        + 0.002 * LogH * d3DM;

    private static double LineOfSightLossDb(double fcGhz, double d2DM, double d3DM, double hBs, double hUt)
    {
        var dBp = BreakpointDistanceM(fcGhz * 1000, hBs, hUt);
        if (d2DM <= dBp)
            return Pl1Db(fcGhz, d3DM);
        // The TR writes PL1(dBP): PL1 evaluated with its distance argument d3D set to dBP, read literally.
        return Pl1Db(fcGhz, dBp) + 40 * Math.Log10(d3DM / dBp);
    }

    private static string? ValidityNote(double fcGhz, double d2DM, double hBs, double hUt, double maxDistanceM)
    {
        if (fcGhz < 0.5 || fcGhz > 30)
            return "frequency outside TR 38.901 RMa's 0.5–30 GHz";
        if (d2DM < 10 || d2DM > maxDistanceM)
            return maxDistanceM > 5_000
                ? "distance outside TR 38.901 RMa LOS's 10 m–10 km"
                : "distance outside TR 38.901 RMa NLOS's 10 m–5 km";
        if (hBs < 10 || hBs > 150)
            return "base antenna height outside TR 38.901 RMa's 10–150 m";
        if (hUt < 1 || hUt > 10)
            return "mobile antenna height outside TR 38.901 RMa's 1–10 m";
        return null;
    }
}

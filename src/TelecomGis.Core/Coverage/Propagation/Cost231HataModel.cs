namespace TelecomGis.Core.Coverage.Propagation;

/// <summary>
/// COST-231 Hata (COST Action 231 final report, 1999, §4.4.3), Hata's form refitted for 1500–2000 MHz:
/// L = 46.3 + 33.9·log f − 13.82·log hb − a(hm) + (44.9 − 6.55·log hb)·log d + Cm, with a(hm) the small/medium-city
/// correction and Cm = 3 dB in metropolitan centres (<see cref="PropagationEnvironment.UrbanLargeCity"/>), else 0 dB.
/// COST-231 defines no suburban or open variant: those environments get Cm = 0, which overstates their loss (a cautious
/// choice for gap finding). Anchor (COVERAGE.md): 1800 MHz, hb 30 m, hm 1.5 m, Cm 0: 136.20 dB at 1 km.
/// </summary>
public sealed class Cost231HataModel(PropagationEnvironment environment) : IPathLossModel
{
    internal const string BandNote = "frequency outside COST-231 Hata's 1500–2000 MHz";

    /// <summary>The clutter class; only the metropolitan centre changes the loss (Cm = 3 dB).</summary>
    public PropagationEnvironment Environment { get; } = environment;

    /// <summary>Cm, dB.</summary>
    public double MetropolitanCorrectionDb => Environment == PropagationEnvironment.UrbanLargeCity ? 3 : 0;

    /// <inheritdoc />
    public string Name =>
        Environment == PropagationEnvironment.UrbanLargeCity ? "COST-231 Hata (metropolitan centre, Cm 3 dB)" : "COST-231 Hata (Cm 0 dB)";

    /// <inheritdoc />
    public PathLoss Compute(in PathLossRequest request)
    {
        var logF = Math.Log10(request.FrequencyMhz);
        var logHb = Math.Log10(request.TxHeightM);
        var loss =
            46.3
            + 33.9 * logF
            - 13.82 * logHb
            - HataMobileAntennaCorrection.SmallMediumCity(logF, request.RxHeightM)
            + (44.9 - 6.55 * logHb) * Math.Log10(request.DistanceKm)
            + MetropolitanCorrectionDb;
        var note = HataValidity.Check(request, 1500, 2000, BandNote);
        return new PathLoss(loss, note is null, note);
    }
}

namespace TelecomGis.Core.Coverage.Propagation;

/// <summary>
/// Okumura–Hata (Hata 1980, fitted to Okumura's 1968 Tokyo measurements), 150–1500 MHz:
/// L_urban = 69.55 + 26.16·log f − 13.82·log hb − a(hm) + (44.9 − 6.55·log hb)·log d (f in MHz, d in km);
/// suburban L_urban − 2·(log(f/28))² − 5.4; open L_urban − 4.78·(log f)² + 18.33·log f − 40.94.
/// Checked against COVERAGE.md's hand-computed anchors (900 MHz, hb 30 m, hm 1.5 m: urban 126.40 dB at 1 km).
/// </summary>
public sealed class OkumuraHataModel(PropagationEnvironment environment) : IPathLossModel
{
    internal const string BandNote = "frequency outside Okumura–Hata's 150–1500 MHz";

    /// <summary>The clutter class whose correction this instance applies.</summary>
    public PropagationEnvironment Environment { get; } = environment;

    /// <inheritdoc />
    public string Name =>
        Environment switch
        {
            PropagationEnvironment.UrbanLargeCity => "Okumura–Hata (urban, large city)",
            PropagationEnvironment.UrbanSmallMediumCity => "Okumura–Hata (urban, small/medium city)",
            PropagationEnvironment.Suburban => "Okumura–Hata (suburban)",
            _ => "Okumura–Hata (open)",
        };

    /// <inheritdoc />
    public PathLoss Compute(in PathLossRequest request)
    {
        var logF = Math.Log10(request.FrequencyMhz);
        var logHb = Math.Log10(request.TxHeightM);
        var aHm =
            Environment == PropagationEnvironment.UrbanLargeCity
                ? HataMobileAntennaCorrection.LargeCity(request.FrequencyMhz, request.RxHeightM)
                : HataMobileAntennaCorrection.SmallMediumCity(logF, request.RxHeightM);
        var urban = 69.55 + 26.16 * logF - 13.82 * logHb - aHm + (44.9 - 6.55 * logHb) * Math.Log10(request.DistanceKm);
        var loss = Environment switch
        {
            PropagationEnvironment.Suburban => urban - SuburbanCorrection(request.FrequencyMhz),
            PropagationEnvironment.Open => urban - OpenCorrection(logF),
            _ => urban,
        };
        var note = HataValidity.Check(request, 150, 1500, BandNote);
        return new PathLoss(loss, note is null, note);
    }

    private static double SuburbanCorrection(double frequencyMhz)
    {
        var l = Math.Log10(frequencyMhz / 28);
        return 2 * l * l + 5.4;
    }

    private static double OpenCorrection(double logF) => 4.78 * logF * logF - 18.33 * logF + 40.94;
}

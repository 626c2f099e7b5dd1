namespace TelecomGis.Core.Coverage.Propagation;

/// <summary>
/// Chooses a sector's distance-based model by its frequency, as COVERAGE.md prescribes: Okumura–Hata up to 1500 MHz,
/// COST-231 Hata from 1500 to 2000 MHz. Above 2 GHz this falls back to COST-231 Hata, whose results then carry the
/// out-of-band note (COVERAGE.md allows COST-231 "with a stated caveat"). Instances are cached: models are immutable.
/// </summary>
public static class PathLossModels
{
    private static readonly PropagationEnvironment[] Environments = Enum.GetValues<PropagationEnvironment>();
    private static readonly OkumuraHataModel[] Hata = Array.ConvertAll(Environments, e => new OkumuraHataModel(e));
    private static readonly Cost231HataModel[] Cost231 = Array.ConvertAll(Environments, e => new Cost231HataModel(e));

    /// <summary>The model for a sector radiating at <paramref name="frequencyMhz"/> into <paramref name="environment"/>.</summary>
    public static IPathLossModel For(double frequencyMhz, PropagationEnvironment environment) =>
        frequencyMhz < 1500 ? Hata[(int)environment] : Cost231[(int)environment];
}

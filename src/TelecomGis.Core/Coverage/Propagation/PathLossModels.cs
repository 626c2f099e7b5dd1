namespace TelecomGis.Core.Coverage.Propagation;

/// <summary>
/// Chooses a sector's distance-based model by its frequency, as COVERAGE.md prescribes: Okumura–Hata below 1500 MHz,
/// COST-231 Hata from 1500 to 2000 MHz inclusive, and above 2000 MHz 3GPP TR 38.901's NLOS median path loss: UMa
/// (<see cref="Tr38901UrbanMacroModel"/>) for both urban classes, RMa (<see cref="Tr38901RuralMacroModel"/>) for suburban and
/// open land. Why this mapping: UMa assumes buildings of several floors around a ~25 m mast, which is a Vietnamese town or
/// city centre; RMa assumes low buildings (h = 5 m) and masts of 10–150 m, which fits the country's suburbs, villages and
/// fields. NLOS (the TR's max(LOS, NLOS')) rather than LOS because a coverage-gap study should not assume a clear path
/// the planner has not checked: it is the cautious median, as COST-231's Cm = 0 is for suburban land below 2 GHz.
/// Instances are cached: models are immutable.
/// </summary>
public static class PathLossModels
{
    private static readonly PropagationEnvironment[] Environments = Enum.GetValues<PropagationEnvironment>();
    private static readonly OkumuraHataModel[] Hata = Array.ConvertAll(Environments, e => new OkumuraHataModel(e));
    private static readonly Cost231HataModel[] Cost231 = Array.ConvertAll(Environments, e => new Cost231HataModel(e));
    private static readonly Tr38901UrbanMacroModel UrbanMacro = new(Tr38901LineOfSight.NonLineOfSight);
    private static readonly Tr38901RuralMacroModel RuralMacro = new(Tr38901LineOfSight.NonLineOfSight);

    /// <summary>The model for a sector radiating at <paramref name="frequencyMhz"/> into <paramref name="environment"/>.</summary>
    public static IPathLossModel For(double frequencyMhz, PropagationEnvironment environment)
    {
        if (frequencyMhz < 1500)
            return Hata[(int)environment];
        if (frequencyMhz <= 2000)
            return Cost231[(int)environment];
        return environment is PropagationEnvironment.UrbanLargeCity or PropagationEnvironment.UrbanSmallMediumCity
            ? UrbanMacro
            : RuralMacro;
    }
}

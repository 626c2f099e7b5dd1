namespace TelecomGis.Core.Coverage.Propagation;

/// <summary>
/// The clutter class a sector radiates into, as the Hata family distinguishes it (COVERAGE.md: urban / suburban / open, from
/// the commune type or a land-cover layer). The coverage grid picks one per sector; the model family picks the correction.
/// </summary>
public enum PropagationEnvironment
{
    /// <summary>Dense city centre (Hata's large-city mobile-antenna correction; COST-231's Cm = 3 dB).</summary>
    UrbanLargeCity,

    /// <summary>Town or small/medium city: Hata's urban formula with the small/medium-city correction. The default.</summary>
    UrbanSmallMediumCity,

    /// <summary>Suburban: Hata's suburban correction.</summary>
    Suburban,

    /// <summary>Open or rural land: Hata's open-area correction.</summary>
    Open,
}

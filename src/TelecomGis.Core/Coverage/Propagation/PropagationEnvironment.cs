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

/// <summary>The environments as a Vietnamese planner names them, for tables a person reads (servers.csv).</summary>
public static class PropagationEnvironmentWords
{
    public static string Vietnamese(this PropagationEnvironment environment) =>
        environment switch
        {
            PropagationEnvironment.UrbanLargeCity => "đô thị lớn",
            PropagationEnvironment.UrbanSmallMediumCity => "đô thị vừa và nhỏ",
            PropagationEnvironment.Suburban => "ven đô",
            _ => "vùng trống trải",
        };
}

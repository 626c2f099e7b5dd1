namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// The mode of variability: how time, location and situation variability are combined (Hufford 1982, "The Algorithm" §5;
/// NTIA's "mdvar" 0–3).
/// </summary>
public enum ItmVariabilityMode
{
    /// <summary>Single-message mode: one confidence figure covers time, location and situation together.</summary>
    SingleMessage = 0,

    /// <summary>Accidental mode: reliability is time availability; location and situation fold into confidence.</summary>
    Accidental = 1,

    /// <summary>Mobile mode: reliability covers time and location together.</summary>
    Mobile = 2,

    /// <summary>Broadcast mode: time and location reliability both hold at the given level.</summary>
    Broadcast = 3,
}

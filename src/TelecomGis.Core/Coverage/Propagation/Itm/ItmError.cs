namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// Why the ITM refused to compute (NTIA's error codes, same values): an input outside the range where the model is
/// defined at all. An expected outcome for a planner's odd input, so a result, not an exception.
/// </summary>
public enum ItmError
{
    /// <summary>Computed.</summary>
    None = 0,

    /// <summary>Transmitter height outside 0.5–3000 m.</summary>
    TxTerminalHeight = 1000,

    /// <summary>Receiver height outside 0.5–3000 m.</summary>
    RxTerminalHeight = 1001,

    /// <summary>Not one of the seven radio climates.</summary>
    InvalidRadioClimate = 1002,

    /// <summary>Time percentage not strictly between 0 and 100.</summary>
    InvalidTime = 1003,

    /// <summary>Location percentage not strictly between 0 and 100.</summary>
    InvalidLocation = 1004,

    /// <summary>Situation percentage not strictly between 0 and 100.</summary>
    InvalidSituation = 1005,

    /// <summary>Confidence percentage not strictly between 0 and 100.</summary>
    InvalidConfidence = 1006,

    /// <summary>Reliability percentage not strictly between 0 and 100.</summary>
    InvalidReliability = 1007,

    /// <summary>Refractivity N0 outside 250–400 N-units.</summary>
    Refractivity = 1008,

    /// <summary>Frequency outside 20 MHz–20 GHz.</summary>
    Frequency = 1009,

    /// <summary>Neither horizontal nor vertical.</summary>
    Polarization = 1010,

    /// <summary>Relative permittivity below 1.</summary>
    Epsilon = 1011,

    /// <summary>Conductivity not positive.</summary>
    Sigma = 1012,

    /// <summary>The ground impedance's imaginary part is at least its real part.</summary>
    GroundImpedance = 1013,

    /// <summary>Not a valid mode of variability.</summary>
    ModeOfVariability = 1014,

    /// <summary>The effective earth radius falls outside 4000–13 333 km.</summary>
    EffectiveEarth = 1016,

    /// <summary>Path distance not positive, or a profile with fewer than two points.</summary>
    PathDistance = 1017,

    /// <summary>Terrain irregularity Δh negative.</summary>
    DeltaH = 1018,

    /// <summary>Transmitter siting criterion unknown.</summary>
    TxSitingCriteria = 1019,

    /// <summary>Receiver siting criterion unknown.</summary>
    RxSitingCriteria = 1020,

    /// <summary>Surface refractivity below 150 N-units.</summary>
    SurfaceRefractivitySmall = 1021,

    /// <summary>Surface refractivity above 400 N-units.</summary>
    SurfaceRefractivityLarge = 1022,

    /// <summary>
    /// Ours, not NTIA's: the profile has samples without terrain (NaN). The model refuses rather than guess the ground, and
    /// never takes a void as sea level.
    /// </summary>
    MissingTerrain = 2000,
}

namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// The link's radio and environmental inputs (Hufford, "The Algorithm" §2: the system and environmental parameters).
/// </summary>
/// <param name="FrequencyMhz">Carrier frequency, MHz (the model is tested over 40 MHz–10 GHz; it refuses outside 20 MHz–20 GHz).</param>
/// <param name="Polarization">Antenna polarization.</param>
/// <param name="Climate">Radio climate.</param>
/// <param name="RefractivityNUnits">Minimum monthly mean surface refractivity N0 at sea level, N-units (301 for a temperate climate).</param>
/// <param name="GroundPermittivity">Relative permittivity of the ground, εr (15 for average ground).</param>
/// <param name="GroundConductivitySPerM">Ground conductivity, S/m (0.005 for average ground).</param>
/// <param name="Variability">The mode of variability (NTIA's mdvar).</param>
public sealed record ItmRadioSettings(
    double FrequencyMhz,
    ItmPolarization Polarization = ItmPolarization.Vertical,
    ItmClimate Climate = ItmClimate.MaritimeSubtropical,
    double RefractivityNUnits = 301,
    double GroundPermittivity = 15,
    double GroundConductivitySPerM = 0.005,
    ItmModeOfVariability Variability = default
);

namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>The antennas' polarization, which sets the ground's impedance in the two-ray and smooth-earth terms.</summary>
public enum ItmPolarization
{
    /// <summary>Horizontal.</summary>
    Horizontal = 0,

    /// <summary>Vertical: the usual choice for mobile networks' cross-polarized panels, as a single value.</summary>
    Vertical = 1,
}

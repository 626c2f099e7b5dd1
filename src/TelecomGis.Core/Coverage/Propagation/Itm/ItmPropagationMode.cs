namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>Which of the reference attenuation's three regions the path's distance falls in.</summary>
public enum ItmPropagationMode
{
    /// <summary>Not computed (the call failed before the reference attenuation).</summary>
    NotSet = 0,

    /// <summary>Line of sight: the two-ray and extended-diffraction blend.</summary>
    LineOfSight = 1,

    /// <summary>Beyond the horizon, diffraction dominates.</summary>
    Diffraction = 2,

    /// <summary>Far beyond the horizon, forward scatter dominates.</summary>
    Troposcatter = 3,
}

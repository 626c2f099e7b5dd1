namespace TelecomGis.Core.Infrastructure;

/// <summary>One antenna sector of a site.</summary>
/// <param name="AzimuthDeg">Boresight azimuth, degrees clockwise from true north.</param>
/// <param name="FrequencyMhz">Centre frequency of the band in MHz.</param>
/// <param name="EirpDbm">Effective isotropic radiated power on boresight, dBm.</param>
/// <param name="AntennaHeightM">Antenna height above ground, metres (null: the structure's height).</param>
public sealed record Sector(double AzimuthDeg, double FrequencyMhz, double EirpDbm, Technology Technology, double? AntennaHeightM = null)
{
    /// <summary>EIRP in watts.</summary>
    public double EirpW => Math.Pow(10, (EirpDbm - 30) / 10);

    public static double WattsToDbm(double watts) => 10 * Math.Log10(watts) + 30;
}

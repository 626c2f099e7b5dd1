using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Coverage;

/// <summary>
/// One sector as the grid sees it: where it stands in the frame's metres, what it radiates and through which model.
/// A cell's server id in the results is this server's index in <see cref="CoverageInputs.Servers"/>.
/// </summary>
/// <param name="SiteId">The site it belongs to.</param>
/// <param name="SectorIndex">Its position among the site's sectors (0-based).</param>
/// <param name="Carrier">
/// The carrier whose service it carries. The bundle lists a site's sectors without saying which of the carriers sharing the
/// structure operates each, so they are counted for the structure's owner.
/// </param>
/// <param name="XM">Easting in the frame, metres.</param>
/// <param name="YM">Northing in the frame, metres.</param>
/// <param name="GridAzimuthDeg">Boresight azimuth from grid north (the bundle's true azimuth corrected for the TM-3 convergence).</param>
/// <param name="TxHeightM">Antenna height above ground, metres.</param>
public sealed record CoverageServer(
    string SiteId,
    int SectorIndex,
    string Carrier,
    Technology Technology,
    double XM,
    double YM,
    double GridAzimuthDeg,
    double FrequencyMhz,
    double EirpDbm,
    double TxHeightM,
    PropagationEnvironment Environment,
    IPathLossModel Model
);

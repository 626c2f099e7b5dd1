namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// The path's geometric parameters as the ITM sees them (Hufford, "The Algorithm" §3 and §4): for each terminal its horizon
/// elevation angle, horizon distance and effective height; the terrain irregularity Δh; the surface refractivity Ns.
/// In point-to-point mode they come from the profile; in area mode from Δh and the siting criteria.
/// </summary>
/// <param name="TxHorizonAngleRad">θe of the transmitter, radians (negative when the horizon lies below the horizontal).</param>
/// <param name="RxHorizonAngleRad">θe of the receiver, radians.</param>
/// <param name="TxHorizonDistanceM">dL of the transmitter, metres.</param>
/// <param name="RxHorizonDistanceM">dL of the receiver, metres.</param>
/// <param name="TxEffectiveHeightM">he of the transmitter, metres.</param>
/// <param name="RxEffectiveHeightM">he of the receiver, metres.</param>
/// <param name="DeltaHM">Terrain irregularity parameter Δh, metres.</param>
/// <param name="SurfaceRefractivityNUnits">Ns, N-units.</param>
public readonly record struct ItmPathGeometry(
    double TxHorizonAngleRad,
    double RxHorizonAngleRad,
    double TxHorizonDistanceM,
    double RxHorizonDistanceM,
    double TxEffectiveHeightM,
    double RxEffectiveHeightM,
    double DeltaHM,
    double SurfaceRefractivityNUnits
)
{
    /// <summary>The actual path's maximum line-of-sight distance dL = dL,tx + dL,rx, metres.</summary>
    internal double MaxLineOfSightDistanceM => TxHorizonDistanceM + RxHorizonDistanceM;
}

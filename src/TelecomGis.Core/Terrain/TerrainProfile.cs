namespace TelecomGis.Core.Terrain;

/// <summary>
/// Ground elevations sampled at even spacing along a path, from its start (first) to its end (last): what a terrain-aware
/// propagation model (the ITM's point-to-point mode) reads. Samples where the terrain model had no data are NaN and counted in
/// <see cref="MissingSamples"/>; a caller must not feed such a profile to a model as if the ground were at sea level.
/// </summary>
/// <param name="ElevationsM">Elevations above mean sea level, metres; NaN where missing.</param>
/// <param name="SpacingM">Distance between successive samples, metres.</param>
/// <param name="MissingSamples">How many samples lacked terrain.</param>
public sealed record TerrainProfile(double[] ElevationsM, double SpacingM, int MissingSamples)
{
    /// <summary>Whether any sample lacked terrain.</summary>
    public bool HasMissingTerrain => MissingSamples > 0;

    /// <summary>Path length, metres.</summary>
    public double LengthM => (ElevationsM.Length - 1) * SpacingM;
}

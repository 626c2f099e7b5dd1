namespace TelecomGis.Core.Coverage.WithTerrain;

/// <summary>Why a cell of a terrain run took a sector's empirical model instead of the ITM.</summary>
public enum TerrainFallbackReason : byte
{
    /// <summary>It did not: the ITM answered.</summary>
    None = 0,

    /// <summary>The terrain model has no elevation at the mast, so no profile from the site can be drawn.</summary>
    NoTerrainAtSite = 1,

    /// <summary>The profile to the cell leaves the terrain model or crosses a void.</summary>
    NoTerrainAlongProfile = 2,

    /// <summary>The ITM refused the link (an input outside its range, e.g. a frequency outside 20 MHz–20 GHz).</summary>
    ModelRefused = 3,
}

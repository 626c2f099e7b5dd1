namespace TelecomGis.Core.Appraisal;

/// <summary>Where a site's ground elevation came from (meaningful only when <see cref="ProposedSite.GroundElevationM"/> has a value).</summary>
public enum GroundElevationSource
{
    /// <summary>The carrier declared it in the submission.</summary>
    Carrier,

    /// <summary>The carrier gave none; the engine's terrain model (the DEM loaded with <c>--dem</c>) supplied it.</summary>
    TerrainModel,
}

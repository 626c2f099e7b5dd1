namespace TelecomGis.Core.Coverage.WithTerrain;

/// <summary>A terrain run's coverage (the same shape as an empirical run's) and its report.</summary>
public sealed record TerrainCoverageResult(CoverageResult Coverage, TerrainCoverageReport Report);

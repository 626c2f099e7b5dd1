namespace TelecomGis.Core.Spatial;

/// <summary>The lowest obstacle limitation surface above a point, and which surface it is.</summary>
/// <param name="Surface">inner_horizontal, conical or approach.</param>
/// <param name="RunwayDesignator">The runway ("09/27") for the inner horizontal and conical surfaces; the threshold ("09") for an approach.</param>
/// <param name="HeightAmslM">The surface's height above mean sea level at the point, metres.</param>
/// <param name="OnlyByTolerance">
/// Whether the point lies under this surface only thanks to the 5 mm tolerance (within 5 mm outside its outline, APPRAISAL.md
/// second edition, 1).
/// </param>
public readonly record struct SurfaceHeight(string Surface, string RunwayDesignator, double HeightAmslM, bool OnlyByTolerance = false);

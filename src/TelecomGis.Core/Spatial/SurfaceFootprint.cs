using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Spatial;

/// <summary>Where on the ground one obstacle limitation surface lies: the area within which it limits a structure's height.</summary>
/// <param name="Surface">inner_horizontal, conical or approach.</param>
/// <param name="RunwayDesignator">The runway ("09/27") for the inner horizontal and conical surfaces; the threshold ("09") for an approach.</param>
/// <param name="Outline">The footprint in the province's metric frame (TM-3 metres): a polygon, the conical surface's with a hole.</param>
public sealed record SurfaceFootprint(string Surface, string RunwayDesignator, Geometry Outline);

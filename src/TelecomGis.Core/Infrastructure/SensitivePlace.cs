using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Infrastructure;

/// <summary>A place whose people the EMF rule protects (school, hospital, kindergarten); geometry in WGS 84.</summary>
public sealed record SensitivePlace(string Id, string Name, string Kind, Geometry Geometry);

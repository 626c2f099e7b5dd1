using NetTopologySuite.Geometries;

namespace TelecomGis.Storage.Bundle;

/// <summary>
/// A feature on its way to a bundle file: its sort key, its geometry (null for the default zone) and its properties in the order
/// data/README.md lists them. Values are string, number, bool, <see cref="DateOnly"/>, null, or a list of nested property lists.
/// </summary>
public sealed record LayerFeature(string SortKey, Geometry? Geometry, IReadOnlyList<KeyValuePair<string, object?>> Properties);

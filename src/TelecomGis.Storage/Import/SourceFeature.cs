using NetTopologySuite.Geometries;

namespace TelecomGis.Storage.Import;

/// <summary>
/// One feature (or table row) of a source file as read, before mapping: its number as its owner sees it (the feature's
/// position from 1, a spreadsheet's row), its attributes by the source's own field names (values are string, double,
/// long, bool, DateTime or null; text NFC), and its geometry in WGS 84, or why it has none.
/// </summary>
public sealed record SourceFeature(int Number, IReadOnlyDictionary<string, object?> Attributes, Geometry? Geometry)
{
    /// <summary>Why the geometry could not be read (a coordinate cell in Vietnamese and English), or null.</summary>
    public SourceProblem? GeometryProblem { get; init; }
}

/// <summary>A problem with one source feature's field, in Vietnamese and English.</summary>
public sealed record SourceProblem(string? Field, string MessageVi, string MessageEn);

using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Import;

/// <summary>What an import made of a source: the features taken (in the bundle's form), those rejected with their reasons,
/// which source field filled each property, and the reader's notes (coordinate system, encoding).</summary>
public sealed record ImportOutcome(
    ImportLayer Layer,
    SourceData Source,
    IReadOnlyList<LayerFeature> Features,
    IReadOnlyList<ImportRejection> Rejections,
    IReadOnlyDictionary<string, string?> FieldSources
)
{
    /// <summary>Whether the source is a table (rows) rather than a file of features, for the wording of rejections.</summary>
    public bool Rows => Source.Format is "CSV" or "Excel";
}

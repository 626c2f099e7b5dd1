namespace TelecomGis.Storage.Import;

/// <summary>What a reader made of a source file: its format, its fields in order, its features, and what it decided on the
/// way (the coordinate system, the text encoding), said in Vietnamese and English for the import's summary.</summary>
public sealed record SourceData(string Format, IReadOnlyList<string> Fields, IReadOnlyList<SourceFeature> Features)
{
    public IReadOnlyList<(string Vi, string En)> Notes { get; init; } = [];
}

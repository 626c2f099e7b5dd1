namespace TelecomGis.Storage.Import;

/// <summary>One property of a bundle layer, as data/README.md fixes it, with what an import needs to fill it.</summary>
/// <param name="Name">The property's name in the bundle (<c>pole_class</c>).</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Required">False where the bundle allows null (or, for sectors, an empty list).</param>
/// <param name="LabelVi">Its name in Vietnamese, for messages (<c>loại cột</c>).</param>
/// <param name="Aliases">Source field names that mean it (Vietnamese headers included), compared as headers are.</param>
/// <param name="Choices">The values a <see cref="FieldKind.Choice"/> takes.</param>
public sealed record LayerField(
    string Name,
    FieldKind Kind,
    bool Required,
    string LabelVi,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string>? Choices = null
)
{
    /// <summary>A positive number (a height) or one that must not be negative (a buffer); null: no bound.</summary>
    public double? MinExclusive { get; init; }
    public double? MinInclusive { get; init; }
    public double? MaxInclusive { get; init; }
}

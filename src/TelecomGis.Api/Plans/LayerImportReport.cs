using System.Text.Json;

namespace TelecomGis.Api.Plans;

/// <summary>
/// What a layer upload made of the planner's file: the source's fields and the layer's (to build a field mapping from), which
/// source field filled each property, the features taken and those rejected with their reasons, and either the new draft
/// version (not current until activated) or, for a preview, the taken features as GeoJSON to draw on the map. Names are
/// written snake_case, as everywhere in the API.
/// </summary>
public sealed record LayerImportReport(
    string Layer,
    string LayerNameVi,
    string Format,
    IReadOnlyList<LayerImportNote> Notes,
    IReadOnlyList<string> SourceFields,
    IReadOnlyList<LayerFieldView> LayerFields,
    IReadOnlyDictionary<string, string?> FieldSources,
    int Read,
    int Accepted,
    IReadOnlyList<LayerImportRejection> Rejected,
    string BaseVersion,
    PlanVersionView? Version,
    JsonElement? Preview
);

public sealed record LayerImportNote(string MessageVi, string MessageEn);

public sealed record LayerImportRejection(int Number, string? Field, string MessageVi, string MessageEn);

/// <summary>One property of the layer, for the map's mapping form.</summary>
/// <param name="Choices">A coded field's codes, as the bundle stores them (<c>post_office</c>).</param>
/// <param name="ChoicesVi">The same codes by their Vietnamese names ("bưu cục"), which the import also reads.</param>
public sealed record LayerFieldView(
    string Name,
    string LabelVi,
    string Kind,
    bool Required,
    IReadOnlyList<string>? Choices,
    IReadOnlyList<string>? ChoicesVi
);

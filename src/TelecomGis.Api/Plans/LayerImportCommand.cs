using System.Text.Json;
using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Import;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Plans;

/// <summary>
/// A planner uploads a department's file (Shapefile, GeoPackage, KML/KMZ, GeoJSON, CSV, .xlsx) into one layer of a plan
/// version. The layer of <see cref="BaseVersion"/> is replaced by the file's features, checked as any plan is, and stored as a
/// new version that is a draft: it does not become current until a planner reads its impact and activates it. With
/// <see cref="Preview"/> nothing is stored and the taken features come back as GeoJSON for the map.
/// </summary>
/// <param name="Folder">A temporary folder the endpoint wrote the upload into; <see cref="SourceFile"/> is in it.</param>
public sealed record ImportPlanLayer(
    ApiUser User,
    string BaseVersion,
    string Layer,
    string Folder,
    string SourceFile,
    string? Mapping,
    int? Srs,
    SourceEncoding Encoding,
    string? SourceLayer,
    bool SkipRejected,
    bool Preview
) : IRequest<LayerImportReport>;

public sealed class LayerImportHandler(IAppraisalStore store, LoadedPlans plans) : IRequestHandler<ImportPlanLayer, LayerImportReport>
{
    public async ValueTask<LayerImportReport> Handle(ImportPlanLayer request, CancellationToken cancellationToken)
    {
        var layer = ImportLayers.Find(request.Layer);
        // The stores keep every layer but the undergrounding zones, which only the CLI's fiber analysis reads from a bundle.
        if (layer is null || layer == ImportLayers.UndergroundingZones)
            throw new NotFoundException(
                $"No layer '{request.Layer}' to import into.",
                $"Các lớp nhập được: {string.Join(", ", ImportLayers.All.Where(l => l != ImportLayers.UndergroundingZones).Select(l => l.Name))}."
            );
        var stored = PlanViews.Get(await store.ListPlanVersionsAsync(cancellationToken), request.BaseVersion);
        var basePlan = await store.LoadPlanAsync(stored.Version, cancellationToken) ?? throw PlanViews.NotFound(request.BaseVersion);

        var bundle = Path.Combine(request.Folder, "bundle");
        PlanBundleWriter.Write(basePlan, bundle, []);
        ImportOutcome outcome;
        try
        {
            var mapping = request.Mapping is { Length: > 0 } m ? FieldMapping.Parse(m) : FieldMapping.Empty;
            var source = ImportSource.Read(request.SourceFile, request.Srs, request.Encoding, request.SourceLayer, layer);
            outcome = LayerImporter.Convert(source, layer, mapping, strict: !request.Preview);
        }
        catch (ImportFileException e)
        {
            throw RequestValidationException.For("file", e.Message, e.MessageVi);
        }

        if (request.Preview)
            return Report(outcome, stored.Version.Hash, null, Preview(outcome, request.Folder));
        if (outcome.Features.Count == 0 || (outcome.Rejections.Count > 0 && !request.SkipRejected))
            throw Refused(outcome);

        Core.Planning.ProvincePlan plan;
        try
        {
            plan = BundleLayerImport.Apply(bundle, outcome);
        }
        catch (ImportFileException e)
        {
            throw RequestValidationException.For("file", e.Message, e.MessageVi);
        }
        if (plan.Province.Code != plans.CurrentFor(store).Plan.Province.Code)
            throw RequestValidationException.For("file", "The layer's plan is another province's.", "Quy hoạch không thuộc tỉnh này.");
        await store.ImportPlanAsync(plan, cancellationToken);
        var view = PlanViews.View(
            PlanViews.Get(await store.ListPlanVersionsAsync(cancellationToken), plan.Version.Hash),
            plans.CurrentFor(store)
        );
        return Report(outcome, stored.Version.Hash, view, null);
    }

    /// <summary>Every rejected feature as one problem row (its number, the source field), so nothing is stored half.</summary>
    private static RequestValidationException Refused(ImportOutcome outcome)
    {
        var errors = outcome
            .Rejections.Select(r => new FieldError(r.Field ?? "geometry", r.MessageEn, r.MessageVi, r.Number))
            .DefaultIfEmpty(new FieldError("file", "No feature could be taken.", "Không có đối tượng nào được nhận."))
            .ToList();
        return new RequestValidationException(
            errors,
            outcome.Features.Count == 0
                ? "No feature of the file could be taken; nothing was imported."
                : $"{outcome.Rejections.Count} {(outcome.Rejections.Count == 1 ? "feature was" : "features were")} rejected, so nothing was imported (send skip_rejected=true to import the {outcome.Features.Count} others)."
        );
    }

    private static JsonElement Preview(ImportOutcome outcome, string folder)
    {
        var path = Path.Combine(folder, "preview.geojson");
        PlanBundleWriter.WriteLayer(path, outcome.Features);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return doc.RootElement.Clone();
    }

    private static LayerImportReport Report(ImportOutcome o, string baseVersion, PlanVersionView? version, JsonElement? preview) =>
        new(
            o.Layer.Name,
            o.Layer.NameVi,
            o.Source.Format,
            [.. o.Source.Notes.Select(n => new LayerImportNote(n.Vi, n.En))],
            o.Source.Fields,
            [
                .. o.Layer.Fields.Select(f => new LayerFieldView(
                    f.Name,
                    f.LabelVi,
                    f.Kind.ToString().ToLowerInvariant(),
                    f.Required,
                    f.Choices,
                    f.Choices?.Select(ChoiceNames.Vietnamese).ToList()
                )),
            ],
            o.FieldSources,
            o.Source.Features.Count,
            o.Features.Count,
            [.. o.Rejections.Select(r => new LayerImportRejection(r.Number, r.Field, r.MessageVi, r.MessageEn))],
            baseVersion,
            version,
            preview
        );
}

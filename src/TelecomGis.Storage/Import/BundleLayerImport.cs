using System.Text.Json;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Import;

/// <summary>
/// Puts an import's features into a bundle folder as the layer's whole content, all or nothing: the new layer is written to a
/// copy of the bundle, the copy must read as a plan (<see cref="PlanBundleReader"/>: the same checks as any plan, across
/// layers too, such as a runway's airport), and only then does the file replace the layer, by a rename on the same disk.
/// A failure at any step leaves the bundle exactly as it was.
/// </summary>
public static class BundleLayerImport
{
    /// <summary>Checks the bundle with the layer replaced and, unless <paramref name="dryRun"/>, writes it; returns the plan read.</summary>
    public static ProvincePlan Apply(string bundle, ImportOutcome outcome, bool dryRun = false)
    {
        if (!File.Exists(Path.Combine(bundle, BundleFiles.Plan)))
            throw new ImportFileException(
                $"thư mục \"{bundle}\" không phải gói quy hoạch (không có {BundleFiles.Plan}).",
                $"\"{bundle}\" is not a plan bundle (no {BundleFiles.Plan})."
            );
        var features = WithDefaultZone(bundle, outcome);
        var staging = Path.Combine(Path.GetTempPath(), "telecomgis-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var file in Directory.EnumerateFiles(bundle))
            {
                var name = Path.GetFileName(file);
                if (
                    name.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase)
                    || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                    || name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                )
                    File.Copy(file, Path.Combine(staging, name));
            }
            var staged = Path.Combine(staging, outcome.Layer.File);
            PlanBundleWriter.WriteLayer(staged, features);
            ProvincePlan plan;
            try
            {
                plan = PlanBundleReader.Read(staging);
            }
            catch (PlanBundleException e)
            {
                throw new ImportFileException(
                    $"gói quy hoạch sau khi nhập không đọc được, nên không nhập gì: {e.MessageVi ?? e.Message}",
                    $"the bundle would not read after the import, so nothing was imported: {e.Message}",
                    e
                );
            }
            if (!dryRun)
            {
                // Copied beside the target first, then renamed over it: a reader sees the old file or the new one, never half.
                var target = Path.Combine(bundle, outcome.Layer.File);
                var temporary = Path.Combine(bundle, $".{outcome.Layer.File}.import-{Guid.NewGuid():N}");
                File.Copy(staged, temporary);
                File.Move(temporary, target, overwrite: true);
            }
            return plan;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>
    /// The zones of a plan include its default zone (plan.json's <c>default_zone_id</c>, with no geometry), which no GIS file
    /// can carry: when the source does not hold it, the bundle's own is kept.
    /// </summary>
    private static IReadOnlyList<LayerFeature> WithDefaultZone(string bundle, ImportOutcome outcome)
    {
        if (outcome.Layer != ImportLayers.Zones)
            return outcome.Features;
        using var plan = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(bundle, BundleFiles.Plan)));
        if (!plan.RootElement.TryGetProperty("default_zone_id", out var id) || id.GetString() is not { } defaultId)
            return outcome.Features;
        if (outcome.Features.Any(f => f.SortKey == defaultId))
            return outcome.Features;
        var zonesPath = Path.Combine(bundle, BundleFiles.Zones);
        if (!File.Exists(zonesPath))
            return outcome.Features;
        using var zones = JsonDocument.Parse(File.ReadAllBytes(zonesPath));
        foreach (var f in zones.RootElement.GetProperty("features").EnumerateArray())
        {
            if (!f.TryGetProperty("properties", out var p) || !p.TryGetProperty("id", out var fid) || fid.GetString() != defaultId)
                continue;
            var properties = p.EnumerateObject()
                .Select(x => new KeyValuePair<string, object?>(x.Name, GeoJsonSource.Value(x.Value)))
                .ToList();
            return [.. outcome.Features, new LayerFeature(defaultId, null, properties)];
        }
        return outcome.Features;
    }
}

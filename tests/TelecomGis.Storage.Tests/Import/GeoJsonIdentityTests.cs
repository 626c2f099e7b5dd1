using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Import;

namespace TelecomGis.Storage.Tests.Import;

/// <summary>
/// The import is the bundle's own reader's inverse: every layer of the committed bundle imported from its own GeoJSON, with no
/// mapping, writes the same bytes, so the plan version (a hash of the files) does not change. Sectors, mixed point and area
/// geometries, dates, nulls and empty texts all come back as they were.
/// </summary>
public sealed class GeoJsonIdentityTests
{
    public static TheoryData<string> Layers => [.. ImportLayers.All.Select(l => l.Name)];

    [Theory]
    [MemberData(nameof(Layers))]
    public void ALayerImportedFromItsOwnGeoJson_IsByteForByteTheSame(string name)
    {
        var layer = ImportLayers.Find(name)!;
        var bundle = ImportFixtures.BundleCopy();
        var source = Path.Combine(TestPaths.NewTempDir(), layer.File);
        File.Copy(Path.Combine(bundle, layer.File), source);
        var version = PlanBundleReader.Read(bundle).Version;

        var outcome = LayerImporter.Convert(ImportSource.Read(source, null, SourceEncoding.Auto, null, layer), layer, FieldMapping.Empty);
        var plan = BundleLayerImport.Apply(bundle, outcome);

        Assert.Empty(outcome.Rejections);
        Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(Path.Combine(bundle, layer.File)));
        Assert.Equal(version, plan.Version);
    }
}

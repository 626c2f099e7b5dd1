using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.GeoPackage;
using TelecomGis.Storage.PostGis;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Hosting;

/// <summary>Opens the store the configuration names and builds the engine for its current plan version.</summary>
public static class StoreOpening
{
    public static async Task<IAppraisalStore> OpenAsync(IConfiguration configuration, ServicePaths paths, CancellationToken cancellationToken)
    {
        IAppraisalStore store;
        if (configuration.GetConnectionString("Postgres") is { Length: > 0 } connectionString)
        {
            store = await PostGisStore.OpenAsync(connectionString, cancellationToken);
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(paths.StoreFile)!);
            store = await GeoPackageStore.OpenAsync(paths.StoreFile, cancellationToken);
        }
        // Importing is a no-op when this version is already there: the first run imports, later runs open.
        if (Directory.Exists(paths.BundleFolder))
        {
            await store.ImportPlanAsync(PlanBundleReader.Read(paths.BundleFolder), cancellationToken);
        }
        return store;
    }

    /// <summary>The most recently imported version is the one new submissions are appraised against.</summary>
    public static async Task<CurrentPlan> LoadCurrentPlanAsync(IAppraisalStore store, CancellationToken cancellationToken)
    {
        var versions = await store.ListPlanVersionsAsync(cancellationToken);
        if (versions.Count == 0) throw new InvalidOperationException("The store holds no plan: set Plan:Bundle to a plan bundle folder.");
        var plan = await store.LoadPlanAsync(versions[^1].Version, cancellationToken)
            ?? throw new InvalidOperationException($"Plan version {versions[^1].Version.Short} is listed but cannot be loaded.");
        var engine = new AppraisalEngine(new PlanIndex(plan));
        return new CurrentPlan(plan, engine, Layers.PlanLayers.From(plan));
    }
}

using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.GeoPackage;
using TelecomGis.Storage.PostGis;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Hosting;

/// <summary>Opens the store the configuration names and builds the engine for its current plan version.</summary>
public static class StoreOpening
{
    public static async Task<IAppraisalStore> OpenAsync(
        IConfiguration configuration,
        ServicePaths paths,
        CancellationToken cancellationToken
    )
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

    /// <summary>The current version (the latest activated, else the latest imported) is the one new submissions are appraised against.</summary>
    public static async Task<LoadedPlan> LoadCurrentPlanAsync(
        IAppraisalStore store,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        var version = await store.CurrentPlanVersionAsync(cancellationToken)
            ?? throw new InvalidOperationException("The store holds no plan: set Plan:Bundle to a plan bundle folder.");
        return await LoadedPlans.LoadAsync(store, version, clock, cancellationToken)
            ?? throw new InvalidOperationException($"Plan version {version.Short} is current but cannot be loaded.");
    }
}

using TelecomGis.Core.Planning;
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
        TimeProvider clock,
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
        // Importing is a no-op when this version is already there, and never makes a version current: only an activation does.
        ProvincePlan? bundled = null;
        if (Directory.Exists(paths.BundleFolder))
        {
            bundled = PlanBundleReader.Read(paths.BundleFolder);
            await store.ImportPlanAsync(bundled, cancellationToken);
        }
        // The first run (a store nothing was ever activated in) activates the bundled plan, recorded as the system's doing; from
        // then on what is current changes only when a planner activates a version.
        if (bundled is not null && await store.CurrentPlanVersionAsync(cancellationToken) is null)
            await store.ActivatePlanAsync(bundled.Version, IAppraisalStore.SystemActor, clock.GetUtcNow(), cancellationToken);
        // The bundle's existing sites enter the register once (issue 11): from then on the register, not the bundle, holds them.
        if (bundled is not null)
            await Register.RegisterFirstRun.ImportAsync(store, bundled, clock.GetUtcNow(), cancellationToken);
        return store;
    }

    /// <summary>The current version (the latest activated) is the one new submissions are appraised against.</summary>
    public static async Task<LoadedPlan> LoadCurrentPlanAsync(
        IAppraisalStore store,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        var version = await store.CurrentPlanVersionAsync(cancellationToken)
            ?? throw new InvalidOperationException(
                "The store has no activated plan: set Plan:Bundle to a plan bundle folder, which the first run activates."
            );
        return await LoadedPlans.LoadAsync(store, version, clock, cancellationToken)
            ?? throw new InvalidOperationException($"Plan version {version.Short} is current but cannot be loaded.");
    }
}

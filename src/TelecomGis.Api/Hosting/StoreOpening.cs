using TelecomGis.Core.Planning;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.GeoPackage;
using TelecomGis.Storage.PostGis;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// Opens the store the configuration names and builds the engine for the current plan version of each province it hosts: the
/// province of <c>Plan:Bundle</c> (one province, the default), or of every bundle <c>Plan:Bundles</c> lists (issue 12, item 5).
/// </summary>
public static class StoreOpening
{
    /// <summary>The store, and the current plan of each hosted province (the default first); several only with <c>Plan:Bundles</c>.</summary>
    public static async Task<(IAppraisalStore Store, IReadOnlyList<LoadedPlan> Plans)> OpenHostingAsync(
        IConfiguration configuration,
        ServicePaths paths,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        if (PlanBundles.Several(configuration) is not { } folders)
        {
            var single = await OpenAsync(configuration, paths, clock, cancellationToken);
            return (single, [await LoadCurrentPlanAsync(single, clock, cancellationToken)]);
        }
        var store = await OpenStoreAsync(configuration, paths, cancellationToken);
        var plans = new List<LoadedPlan>();
        foreach (var folder in folders)
        {
            // Each bundle as the single-province first run does it, within its own province: imported, activated when its
            // province has nothing current yet, its sites entered in its province's register once.
            var bundled = PlanBundleReader.Read(folder);
            if (plans.Any(p => p.Plan.Province.Code == bundled.Province.Code))
                throw new InvalidOperationException(
                    $"Plan:Bundles names province {bundled.Province.Code} twice ({folder}): one bundle per province."
                );
            var province = store.InProvince(bundled.Province.Code);
            await province.ImportPlanAsync(bundled, cancellationToken);
            if (await province.CurrentPlanVersionAsync(cancellationToken) is null)
                await province.ActivatePlanAsync(bundled.Version, IAppraisalStore.SystemActor, clock.GetUtcNow(), cancellationToken);
            await Register.RegisterFirstRun.ImportAsync(province, bundled, clock.GetUtcNow(), cancellationToken);
            plans.Add(await LoadCurrentPlanAsync(province, clock, cancellationToken));
        }
        return (store, plans);
    }

    public static async Task<IAppraisalStore> OpenAsync(
        IConfiguration configuration,
        ServicePaths paths,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        var store = await OpenStoreAsync(configuration, paths, cancellationToken);
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
            await Register.RegisterFirstRun.ImportAsync(
                store.InProvince(bundled.Province.Code),
                bundled,
                clock.GetUtcNow(),
                cancellationToken
            );
        return store;
    }

    private static async Task<IAppraisalStore> OpenStoreAsync(
        IConfiguration configuration,
        ServicePaths paths,
        CancellationToken cancellationToken
    )
    {
        if (configuration.GetConnectionString("Postgres") is { Length: > 0 } connectionString)
            return await PostGisStore.OpenAsync(connectionString, cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(paths.StoreFile)!);
        return await GeoPackageStore.OpenForServiceAsync(paths.StoreFile, cancellationToken);
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

using TelecomGis.Api.Layers;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Planning;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// The plan version new appraisals are judged against, its engine on the communes of the day the request started
/// (<see cref="LoadedPlan.Today"/>) and its layers as GeoJSON features.
/// </summary>
/// <param name="ImportedAt">When the store took the version in: what a person reads it by (<see cref="PlanVersionWords"/>).</param>
public sealed record CurrentPlan(ProvincePlan Plan, AppraisalEngine Engine, PlanLayers Layers, DateTimeOffset ImportedAt)
{
    /// <summary>
    /// The version as a person reads it, the one in force (<see cref="PlanVersionWords.Imported"/>): written once per plan and day,
    /// not per appraisal. (Made from the parameters, so a copy made with <c>with</c> would keep it: make a new one instead.)
    /// </summary>
    public (string Vi, string En) Words { get; } =
        PlanVersionWords.Imported(Plan.Metadata.PlanName, ImportedAt, Plan.Version, PlanVersionStatus.Current);
}

using TelecomGis.Core.Planning;

namespace TelecomGis.Storage.Stores;

/// <summary>An imported plan version as a list shows it.</summary>
/// <param name="LastActivation">Who made this version current and when, the latest time it was; null when it never was.</param>
public sealed record StoredPlanVersion(
    PlanVersion Version,
    string ProvinceCode,
    string PlanName,
    DateOnly Adopted,
    DateTimeOffset ImportedAt,
    PlanActivation? LastActivation = null
);

/// <summary>One activation of a plan version: who made it current and when (append-only, never changed).</summary>
/// <param name="ActivatedBy">The user's id, or <see cref="IAppraisalStore.SystemActor"/> for the first run's activation of the bundled plan.</param>
public sealed record PlanActivation(string ActivatedBy, DateTimeOffset ActivatedAt);

/// <summary>One activation as the store keeps it: the version made current, by whom and when.</summary>
public sealed record RecordedActivation(PlanVersion Version, string ActivatedBy, DateTimeOffset ActivatedAt);

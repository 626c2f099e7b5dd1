using TelecomGis.Core.Planning;

namespace TelecomGis.Storage.Stores;

/// <summary>An imported plan version as a list shows it.</summary>
public sealed record StoredPlanVersion(
    PlanVersion Version,
    string ProvinceCode,
    string PlanName,
    DateOnly Adopted,
    DateTimeOffset ImportedAt
);

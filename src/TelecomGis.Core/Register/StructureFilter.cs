using TelecomGis.Core.Appraisal.Conformity;

namespace TelecomGis.Core.Register;

/// <summary>
/// Which structures of the register a reader asks for (the map's filters, issue 11, 8): a carrier on the structure (its owner or
/// a tenant), a status, conforming or not to the current plan. A criterion left null lets every structure through.
/// Immutable and thread-safe.
/// </summary>
/// <param name="Carrier">A carrier whose equipment is on the structure, as owner or tenant; compared ignoring case.</param>
/// <param name="Conforming">True: structures that conform to the plan; false: those that break at least one rule of it.</param>
public sealed record StructureFilter(string? Carrier = null, LifecycleStage? Status = null, bool? Conforming = null)
{
    public static StructureFilter All { get; } = new();

    /// <summary>Whether the filter asks about conformity, so the caller must hold the structures against the plan.</summary>
    public bool NeedsConformity => Conforming is not null;

    /// <summary>
    /// Whether the structure passes. <paramref name="conformity"/> is its check against the plan; a structure the check did not
    /// hold (not standing or approved, or outside the province) passes a conformity filter for neither answer.
    /// </summary>
    public bool Matches(RegisteredStructure structure, StructureConformity? conformity = null)
    {
        if (Carrier is { } carrier && !structure.Structure.Carriers.Contains(carrier, StringComparer.OrdinalIgnoreCase))
            return false;
        if (Status is { } status && structure.Status != status)
            return false;
        if (Conforming is { } wanted)
            return conformity is { Judged: true } c && c.Conforms == wanted;
        return true;
    }
}

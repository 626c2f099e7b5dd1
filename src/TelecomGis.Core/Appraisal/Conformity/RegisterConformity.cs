using TelecomGis.Core.Register;

namespace TelecomGis.Core.Appraisal.Conformity;

/// <summary>One structure of the register and its conformity with the plan.</summary>
public sealed record HeldStructure(RegisteredStructure Registered, StructureConformity Conformity);

/// <summary>
/// The register held against a plan version (issue 11, 3): the structures the plan binds — standing on the ground or approved and
/// not yet built — each checked with <see cref="ConformityCheck"/>. Proposals and dismantled structures are not held: the desk
/// appraises the first, the second no longer stand.
/// </summary>
public static class RegisterConformity
{
    /// <summary>Whether the plan binds the structure: it stands (built, in operation, existing, unpermitted) or is approved.</summary>
    public static bool IsHeld(RegisteredStructure structure) => structure.Counts;

    /// <summary>One structure held against the plan; null when the plan does not bind it (see <see cref="IsHeld"/>).</summary>
    public static StructureConformity? Check(ConformityCheck check, RegisteredStructure structure) =>
        IsHeld(structure) ? check.Check(RegisterSites.ToSite(structure)) : null;

    /// <summary>Every structure the plan binds, by id, with its conformity; parallel over the machine's cores.</summary>
    public static IReadOnlyList<HeldStructure> CheckAll(
        ConformityCheck check,
        RegisterState register,
        CancellationToken cancellationToken = default
    )
    {
        var held = register.Structures.Where(IsHeld).OrderBy(s => s.Structure.Id, StringComparer.Ordinal).ToArray();
        var results = check.CheckAll([.. held.Select(RegisterSites.ToSite)], cancellationToken);
        return [.. held.Select((s, i) => new HeldStructure(s, results[i]))];
    }
}

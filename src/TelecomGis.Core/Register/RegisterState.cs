using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Register;

/// <summary>
/// The register as of one moment: the append-only events folded in order, each structure as its latest event left it.
/// Immutable; built by <see cref="Fold"/>.
/// </summary>
public sealed class RegisterState
{
    private readonly Dictionary<string, RegisteredStructure> _structures;

    private RegisterState(Dictionary<string, RegisteredStructure> structures, long lastEventId, DateTimeOffset? lastEventAt)
    {
        _structures = structures;
        LastEventId = lastEventId;
        LastEventAt = lastEventAt;
    }

    public static RegisterState Empty { get; } = new([], 0, null);

    /// <summary>The last event folded (0 for an empty register): with the plan version, what a verdict read.</summary>
    public long LastEventId { get; }

    /// <summary>When the last event folded took effect; null for an empty register.</summary>
    public DateTimeOffset? LastEventAt { get; }

    /// <summary>Every structure ever recorded, dismantled ones too, by id.</summary>
    public IReadOnlyCollection<RegisteredStructure> Structures => _structures.Values;

    public RegisteredStructure? Find(string id) => _structures.GetValueOrDefault(id);

    /// <summary>
    /// Folds events in id order, skipping those after <paramref name="asOf"/> (by <see cref="RegisterEvent.At"/>) or after
    /// <paramref name="upToEventId"/>: the register as it stood then. A structure's first event must carry a snapshot; a later
    /// event without one keeps the last snapshot.
    /// </summary>
    /// <exception cref="InvalidOperationException">A structure's first event has no snapshot (a broken history).</exception>
    public static RegisterState Fold(IEnumerable<RegisterEvent> events, DateTimeOffset? asOf = null, long? upToEventId = null)
    {
        var structures = new Dictionary<string, RegisteredStructure>(StringComparer.OrdinalIgnoreCase);
        long last = 0;
        DateTimeOffset? lastAt = null;
        foreach (var e in events.OrderBy(e => e.Id))
        {
            if ((asOf is { } t && e.At > t) || (upToEventId is { } n && e.Id > n))
                continue;
            structures.TryGetValue(e.StructureId, out var before);
            var snapshot = e.Snapshot
                ?? before?.Structure
                ?? throw new InvalidOperationException($"Register event {e.Id}: structure {e.StructureId} has no description yet.");
            structures[e.StructureId] =
                e.Stage == LifecycleStage.Modified && before is not null
                    ? before with
                    {
                        Structure = snapshot,
                        LastEventId = e.Id,
                    }
                    : new RegisteredStructure(snapshot, e.Stage, e.Approval ?? before?.Approval, e.At, e.Id);
            if (e.Id > last)
            {
                last = e.Id;
                lastAt = e.At;
            }
        }
        return new RegisterState(structures, last, lastAt);
    }

    /// <summary>
    /// The counts a department reports: structures on the ground (vị trí), BTS (installations, one per carrier and technology)
    /// on them, by technology, and structures approved but not built; over the whole register, or over the structures
    /// <paramref name="within"/> selects (e.g. those in a former province's communes, to compare with its older reports).
    /// </summary>
    public RegisterCounts Counts(Func<AntennaStructure, bool>? within = null)
    {
        var all = within is null ? _structures.Values : _structures.Values.Where(s => within(s.Structure));
        var built = all.Where(s => s.IsBuilt).ToList();
        var byTechnology = Enum.GetValues<Technology>()
            .ToDictionary(t => t, t => built.Sum(s => s.Structure.Installations.Count(i => i.Technology == t)));
        return new RegisterCounts(
            built.Count,
            byTechnology.Values.Sum(),
            byTechnology,
            all.Count(s => s.Status == LifecycleStage.Approved),
            all.Count(s => s.Status == LifecycleStage.Unpermitted)
        );
    }
}

/// <summary>What the register counts.</summary>
/// <param name="Structures">Structures standing on the ground (positions).</param>
/// <param name="Bts">Installations on them: one BTS per carrier and technology.</param>
public sealed record RegisterCounts(
    int Structures,
    int Bts,
    IReadOnlyDictionary<Technology, int> BtsByTechnology,
    int ApprovedNotBuilt,
    int Unpermitted
);

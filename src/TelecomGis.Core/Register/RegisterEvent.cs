namespace TelecomGis.Core.Register;

/// <summary>
/// One entry of a structure's history, appended and never changed: what happened (<see cref="Stage"/>), when, who recorded it
/// and from which source. A structure is whatever the latest event carrying a <see cref="Snapshot"/> says it is.
/// </summary>
/// <param name="Id">The register's sequence number; 0 before it is appended. The register's state is the last id it holds.</param>
/// <param name="At">When it took effect (UTC): a read as of an instant folds the events up to it.</param>
/// <param name="Reference">The source document: a declaration's or an inspection's id, a dossier, an import's bundle.</param>
/// <param name="Approval">The approving letter, on an <see cref="LifecycleStage.Approved"/> event.</param>
/// <param name="Snapshot">The structure as it stands after the event; null when only its stage changes (dismantled, in operation).</param>
public sealed record RegisterEvent(
    long Id,
    string StructureId,
    LifecycleStage Stage,
    DateTimeOffset At,
    string RecordedBy,
    EventSource Source,
    string? Reference,
    Approval? Approval,
    AntennaStructure? Snapshot,
    string? Note = null
);

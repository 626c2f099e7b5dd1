using NetTopologySuite.Geometries;
using TelecomGis.Core.Register;
using TelecomGis.Core.Register.Permits;

namespace TelecomGis.Storage.Stores;

/// <summary>
/// The infrastructure register's part of the store (issue 11): append-only structure events read as of any instant, the
/// proposals still pending on the desk, carriers' declarations and their confirmation, inspections with their files, and the
/// register state each batch's appraisal read. Both stores implement it with the same SQL.
/// </summary>
public interface IRegisterStore
{
    /// <summary>Appends events (and their structures' installations) in one transaction; they come back with their ids.</summary>
    Task<IReadOnlyList<RegisterEvent>> AppendRegisterEventsAsync(
        IReadOnlyList<RegisterEvent> events,
        CancellationToken cancellationToken = default
    );

    /// <summary>Events in the order they were appended: all, or one structure's history; up to an instant when given.</summary>
    Task<IReadOnlyList<RegisterEvent>> LoadRegisterEventsAsync(
        string? structureId = null,
        DateTimeOffset? asOf = null,
        CancellationToken cancellationToken = default
    );

    /// <summary>The register as of an instant (by the events' effective time) or up to an event id; everything when neither.</summary>
    Task<RegisterState> LoadRegisterAsync(
        DateTimeOffset? asOf = null,
        long? upToEventId = null,
        CancellationToken cancellationToken = default
    );

    /// <summary>The ids of structures any of whose descriptions lies in the box (WGS 84), through the spatial index.</summary>
    Task<IReadOnlyList<string>> StructureIdsInBoxAsync(Envelope box, CancellationToken cancellationToken = default);

    /// <summary>The last event's id; 0 for an empty register.</summary>
    Task<long> LastRegisterEventIdAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Holds the province's intake (issue 11, item 6: first received, first served) across every service instance on this store
    /// until disposed: a batch is appraised against the register and saved under it, so that two batches received together on
    /// two instances do not each miss the other. PostGIS: a session advisory lock; GeoPackage: an exclusive lock on a file beside
    /// the store.
    /// </summary>
    Task<IAsyncDisposable> HoldIntakeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// New structures proposed in batches received up to <paramref name="asOf"/> that no letter has answered by then and whose
    /// site (or, without one, batch) decision by then is not a refusal; oldest first. Only batches with an id above
    /// <paramref name="afterBatchId"/> and up to <paramref name="throughBatchId"/>: the proposals a kept list lacks.
    /// </summary>
    Task<IReadOnlyList<PendingProposal>> ListPendingProposalsAsync(
        DateTimeOffset asOf,
        long afterBatchId = 0,
        long throughBatchId = long.MaxValue,
        CancellationToken cancellationToken = default
    );

    /// <summary>The largest ids of the rows an appraisal's register read depends on, in one small query (<see cref="RegisterChangeStamp"/>).</summary>
    Task<RegisterChangeStamp> RegisterChangeStampAsync(CancellationToken cancellationToken = default);

    /// <summary>The register state a batch's appraisal read; null for a batch saved without one.</summary>
    Task<RegisterRead?> FindRegisterReadAsync(long submissionId, CancellationToken cancellationToken = default);

    /// <summary>Keeps a carrier's uploaded declaration (its file and the rows read from it).</summary>
    Task<Declaration> SaveDeclarationAsync(NewDeclaration declaration, CancellationToken cancellationToken = default);

    Task<Declaration?> FindDeclarationAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Declarations newest first: one carrier's, or everyone's.</summary>
    Task<IReadOnlyList<Declaration>> ListDeclarationsAsync(string? carrier = null, CancellationToken cancellationToken = default);

    /// <summary>Records the confirmation and appends the events it brings, in one transaction.</summary>
    /// <exception cref="DeclarationAlreadyConfirmedException">It was confirmed before: nothing is appended.</exception>
    Task<IReadOnlyList<RegisterEvent>> ConfirmDeclarationAsync(
        long declarationId,
        string confirmedBy,
        DateTimeOffset confirmedAt,
        IReadOnlyList<RegisterEvent> events,
        CancellationToken cancellationToken = default
    );

    /// <summary>Records an inspection with its attached files, in one transaction.</summary>
    Task<Inspection> RecordInspectionAsync(
        Inspection inspection,
        IReadOnlyList<NewAttachment> attachments,
        CancellationToken cancellationToken = default
    );

    /// <summary>Inspections in the order they were recorded: all, or one structure's.</summary>
    Task<IReadOnlyList<Inspection>> ListInspectionsAsync(string? structureId = null, CancellationToken cancellationToken = default);

    /// <summary>An attachment's bytes exactly as stored; null when unknown.</summary>
    Task<byte[]?> LoadAttachmentAsync(long attachmentId, CancellationToken cancellationToken = default);

    /// <summary>Appends files to a recorded inspection, in one transaction; null (nothing stored) when there is no such inspection.</summary>
    Task<IReadOnlyList<InspectionAttachment>?> AttachToInspectionAsync(
        long inspectionId,
        IReadOnlyList<NewAttachment> attachments,
        CancellationToken cancellationToken = default
    );

    /// <summary>Appends a structure's construction permit or exemption; it comes back with its id.</summary>
    Task<ConstructionPermit> RecordConstructionPermitAsync(ConstructionPermit permit, CancellationToken cancellationToken = default);

    /// <summary>Permits and exemptions in the order they were recorded: all, or one structure's.</summary>
    Task<IReadOnlyList<ConstructionPermit>> ListConstructionPermitsAsync(
        string? structureId = null,
        CancellationToken cancellationToken = default
    );

    /// <summary>An attachment's name, type, length and hash, with its inspection's id; null when unknown.</summary>
    Task<(long InspectionId, InspectionAttachment Attachment)?> FindAttachmentAsync(
        long attachmentId,
        CancellationToken cancellationToken = default
    );
}

/// <summary>The register state an appraisal read: its last event, and the instant pending proposals were read as of.</summary>
public sealed record RegisterRead(long LastEventId, DateTimeOffset ReadAt);

/// <summary>A file to attach to an inspection.</summary>
public sealed record NewAttachment(string FileName, string ContentType, byte[] Bytes);

/// <summary>A declaration about to be saved.</summary>
public sealed record NewDeclaration(
    string Carrier,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    string FileName,
    byte[] File,
    IReadOnlyList<DeclaredStructure> Rows
);

/// <summary>A carrier's saved declaration and, once confirmed, by whom and when.</summary>
public sealed record Declaration(
    long Id,
    string Carrier,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    string FileName,
    string Sha256,
    IReadOnlyList<DeclaredStructure> Rows,
    string? ConfirmedBy,
    DateTimeOffset? ConfirmedAt,
    int? EventsAppended
);

/// <summary>A declaration can be confirmed once.</summary>
public sealed class DeclarationAlreadyConfirmedException(long id) : Exception($"Declaration {id} was already confirmed.")
{
    public long DeclarationId { get; } = id;
}

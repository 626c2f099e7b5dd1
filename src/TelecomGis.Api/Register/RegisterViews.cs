using TelecomGis.Core.Appraisal.Conformity;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register;

namespace TelecomGis.Api.Register;

/// <summary>A structure as the register's API writes it: what it is, where it stands (in words too) and its approval.</summary>
public sealed record StructureView(
    string Id,
    string Owner,
    string Code,
    double Lon,
    double Lat,
    string PoleClass,
    double HeightM,
    bool Camouflaged,
    double? BuildingHeightM,
    double? BackupPowerHours,
    bool Critical,
    IReadOnlyList<string> Carriers,
    string Status,
    string StatusText,
    DateTimeOffset Since,
    ApprovalView? Approval,
    IReadOnlyList<InstallationView> Installations,
    bool? Conforms = null
)
{
    /// <param name="conformity">Its check against the current plan, when the caller made one: sets <see cref="Conforms"/> (null when
    /// not checked, or outside the province).</param>
    public static StructureView Of(RegisteredStructure r, bool english, StructureConformity? conformity = null)
    {
        var s = r.Structure;
        return new(
            s.Id,
            s.Owner,
            s.Code,
            s.Location.X,
            s.Location.Y,
            s.PoleClass.ToString(),
            s.HeightM,
            s.Camouflaged,
            s.BuildingHeightM,
            s.BackupPowerHours,
            s.Critical,
            s.Carriers,
            r.Status.Code(),
            english ? r.Status.En() : r.Status.Vi(),
            r.Since,
            r.Approval is { } a ? new ApprovalView(a.LetterNumber, a.LetterDate, a.DossierId, a.Row) : null,
            [.. s.Installations.Select(i => new InstallationView(i.Carrier, i.Technology.Label(), i.SectorCount, i.BandsMhz))],
            conformity is { Judged: true } c ? c.Conforms : null
        );
    }
}

public sealed record ApprovalView(string LetterNumber, DateOnly LetterDate, long DossierId, int Row);

public sealed record InstallationView(string Carrier, string Technology, int Sectors, IReadOnlyList<double> BandsMhz);

/// <summary>One event of a structure's history.</summary>
public sealed record RegisterEventView(
    long Id,
    string Stage,
    string StageText,
    DateTimeOffset At,
    string RecordedBy,
    string Source,
    string? Reference,
    string? LetterNumber,
    string? Note,
    string SourceText = "",
    string? ReferenceText = null
)
{
    public static RegisterEventView Of(RegisterEvent e, bool english) =>
        new(
            e.Id,
            e.Stage.Code(),
            english ? e.Stage.En() : e.Stage.Vi(),
            e.At,
            e.RecordedBy,
            e.Source.Code(),
            e.Reference,
            e.Approval?.LetterNumber,
            e.Note,
            english ? e.Source.Code() : e.Source.Vi(),
            RegisterReferenceWords.Of(e.Reference, english)
        );
}

/// <summary>A structure with its history and, for the department, its inspections, its commune and its conformity with the plan.</summary>
/// <param name="Conformity">Held against the current plan; null for a structure the plan does not bind (a proposal, a dismantled one).</param>
/// <param name="Permit">Its construction permit or the exemption it relies on, the latest recorded; null when none is recorded.</param>
public sealed record StructureRecord(
    StructureView Structure,
    IReadOnlyList<RegisterEventView> History,
    IReadOnlyList<Inspection> Inspections,
    string? CommuneCode = null,
    string? CommuneName = null,
    ConformityView? Conformity = null,
    ConstructionPermitView? Permit = null
);

/// <summary>The register's counts: positions, BTS (installations) in all and per technology.</summary>
public sealed record RegisterCountsView(
    long LastEventId,
    int Structures,
    int Bts,
    IReadOnlyDictionary<string, int> BtsByTechnology,
    int ApprovedNotBuilt,
    int Unpermitted
)
{
    public static RegisterCountsView Of(RegisterState state)
    {
        var c = state.Counts();
        return new(
            state.LastEventId,
            c.Structures,
            c.Bts,
            c.BtsByTechnology.ToDictionary(p => p.Key.Label(), p => p.Value),
            c.ApprovedNotBuilt,
            c.Unpermitted
        );
    }
}

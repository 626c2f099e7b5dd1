using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Register;

/// <summary>
/// A carrier's full list of its structures against the register (issue 11, 4): each declared row is matched to the carrier's
/// structure by register id, else by its code, else by the nearest of its structures within the tolerance; a matched row is
/// unchanged or changed (height, class, camouflage, technologies, moved beyond the tolerance); an unmatched row is new, and
/// builds the carrier's approved, not-built structure within the tolerance when there is one, else is unpermitted; the
/// carrier's built structures no row matched are missing. Pure: the caller gives the register as of the upload.
/// </summary>
public static class DeclarationDiff
{
    /// <summary>Heights within half the register's 0.1 m precision are the same height.</summary>
    private const double SameHeightM = 0.05;

    /// <param name="toleranceM">How far a declared point may lie from the register's and be the same place (the plan's
    /// R09.share_tolerance: the distance within which two dossiers' points are one structure).</param>
    public static IReadOnlyList<DeclarationChange> Compare(
        string carrier,
        IReadOnlyList<DeclaredStructure> declared,
        RegisterState register,
        MetricFrame frame,
        double toleranceM
    )
    {
        bool Owns(RegisteredStructure s) => string.Equals(s.Structure.Owner, carrier, StringComparison.OrdinalIgnoreCase);
        var built = register.Structures.Where(s => s.IsBuilt && Owns(s)).ToList();
        var approved = register.Structures.Where(s => s.Status == LifecycleStage.Approved && Owns(s)).ToList();
        var matched = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var changes = new List<DeclarationChange>();
        double Distance(DeclaredStructure d, RegisteredStructure s) =>
            frame.ToMetric(d.Location.X, d.Location.Y).Distance(frame.ToMetric(s.Structure.Location.X, s.Structure.Location.Y));
        RegisteredStructure? Nearest(DeclaredStructure d, IEnumerable<RegisteredStructure> among) =>
            among
                .Where(s => !matched.Contains(s.Structure.Id))
                .Select(s => (s, DistanceM: Distance(d, s)))
                .Where(x => Distances.Within(x.DistanceM, toleranceM))
                .OrderBy(x => x.DistanceM)
                .Select(x => x.s)
                .FirstOrDefault();

        foreach (var d in declared)
        {
            var match = (
                d.StructureId is { } id ? built.FirstOrDefault(s => s.Structure.Id.Equals(id, StringComparison.OrdinalIgnoreCase)) : null
            )
                ?? built.FirstOrDefault(s =>
                    !matched.Contains(s.Structure.Id) && s.Structure.Code.Equals(d.Code, StringComparison.OrdinalIgnoreCase)
                )
                ?? Nearest(d, built);
            if (match is null)
            {
                var approval = (
                    d.StructureId is { } aid
                        ? approved.FirstOrDefault(s => s.Structure.Id.Equals(aid, StringComparison.OrdinalIgnoreCase))
                        : null
                ) ?? Nearest(d, approved);
                if (approval is not null)
                    matched.Add(approval.Structure.Id);
                changes.Add(
                    new DeclarationChange(
                        DeclarationChangeKind.New,
                        d,
                        approval,
                        approval is null,
                        [],
                        approval is null ? null : Distance(d, approval)
                    )
                );
                continue;
            }
            matched.Add(match.Structure.Id);
            var moved = Distance(d, match);
            var s = match.Structure;
            var fields = new List<string>();
            if (Math.Abs(d.HeightM - s.HeightM) >= SameHeightM)
                fields.Add("height");
            if (d.PoleClass != s.PoleClass)
                fields.Add("class");
            if (d.Camouflaged != s.Camouflaged)
                fields.Add("camouflage");
            var declaredTech = d.Installations.Select(i => i.Technology).Distinct().Order();
            var registeredTech = s
                .Installations.Where(i => i.Carrier.Equals(carrier, StringComparison.OrdinalIgnoreCase))
                .Select(i => i.Technology)
                .Distinct()
                .Order();
            if (!declaredTech.SequenceEqual(registeredTech))
                fields.Add("technologies");
            if (!Distances.Within(moved, toleranceM))
                fields.Add("location");
            changes.Add(
                new DeclarationChange(
                    fields.Count == 0 ? DeclarationChangeKind.Unchanged : DeclarationChangeKind.Changed,
                    d,
                    match,
                    false,
                    fields,
                    moved
                )
            );
        }
        foreach (var s in built.Where(s => !matched.Contains(s.Structure.Id)).OrderBy(s => s.Structure.Id, StringComparer.Ordinal))
            changes.Add(new DeclarationChange(DeclarationChangeKind.Missing, null, s, false, [], null));
        return changes;
    }

    /// <summary>
    /// The events a confirmed declaration appends: a new structure built under its approval, a new one unpermitted under a
    /// "KB{declaration}-{row}" id, a changed one modified. Missing structures append nothing: they are listed for the inspectors,
    /// not dismantled on a carrier's silence.
    /// </summary>
    public static IReadOnlyList<RegisterEvent> Events(
        IReadOnlyList<DeclarationChange> changes,
        string carrier,
        long declarationId,
        string recordedBy,
        DateTimeOffset at
    )
    {
        var reference = $"declaration:{declarationId}";
        var events = new List<RegisterEvent>();
        foreach (var c in changes)
        {
            if (c.Declared is not { } d)
                continue;
            switch (c.Kind)
            {
                case DeclarationChangeKind.New when c.Registered is { } approved:
                    events.Add(
                        new RegisterEvent(
                            0,
                            approved.Structure.Id,
                            LifecycleStage.Built,
                            at,
                            recordedBy,
                            EventSource.Declaration,
                            reference,
                            null,
                            Describe(d, carrier, approved.Structure),
                            OnAir(d)
                        )
                    );
                    break;
                case DeclarationChangeKind.New:
                    var id = RegisterIds.FromDeclaration(declarationId, d.Row);
                    events.Add(
                        new RegisterEvent(
                            0,
                            id,
                            LifecycleStage.Unpermitted,
                            at,
                            recordedBy,
                            EventSource.Declaration,
                            reference,
                            null,
                            Describe(d, carrier, null) with
                            {
                                Id = id,
                            },
                            "Khai báo không có văn bản chấp thuận tương ứng"
                        )
                    );
                    break;
                case DeclarationChangeKind.Changed:
                    events.Add(
                        new RegisterEvent(
                            0,
                            c.Registered!.Structure.Id,
                            LifecycleStage.Modified,
                            at,
                            recordedBy,
                            EventSource.Declaration,
                            reference,
                            null,
                            Describe(d, carrier, c.Registered.Structure),
                            string.Join(",", c.Changes)
                        )
                    );
                    break;
            }
        }
        return events;
    }

    /// <summary>The day the carrier says it went on air, for the event's note.</summary>
    private static string? OnAir(DeclaredStructure d) =>
        d.OnAirSince is { } day
            ? $"Phát sóng từ ngày {day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}"
            : null;

    /// <summary>The declared structure over what the register knew of it: the carrier's installations replaced, others' kept.</summary>
    private static AntennaStructure Describe(DeclaredStructure d, string carrier, AntennaStructure? before) =>
        new(
            before?.Id ?? "",
            before?.Owner ?? carrier,
            d.Code,
            d.Location,
            d.PoleClass,
            d.HeightM,
            d.Camouflaged,
            d.BuildingHeightM ?? before?.BuildingHeightM,
            d.BackupPowerHours ?? before?.BackupPowerHours,
            before?.Critical ?? false,
            before?.Tenants ?? [],
            [
                .. (before?.Installations ?? []).Where(i => !i.Carrier.Equals(carrier, StringComparison.OrdinalIgnoreCase)),
                .. d.Installations,
            ]
        );
}

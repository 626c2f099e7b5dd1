using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Register;

/// <summary>
/// The register as the appraisal engine reads it (issue 11, 6): every structure built or approved and not yet built, and every
/// proposal received before the one being appraised and not yet refused, as <see cref="Site"/>s. Dismantled structures and
/// refused proposals are not given to the engine.
/// </summary>
public static class RegisterSites
{
    /// <param name="vietnamOffset">The offset of the department's days (UTC+7): a received instant becomes the day it names.</param>
    public static IReadOnlyList<Site> For(RegisterState register, IEnumerable<PendingProposal> proposals, TimeSpan vietnamOffset)
    {
        var sites = new List<Site>();
        foreach (var s in register.Structures.Where(s => s.Counts).OrderBy(s => s.Structure.Id, StringComparer.Ordinal))
            sites.Add(ToSite(s));
        sites.AddRange(Proposals(register, proposals.Order(ReceivedOrder), vietnamOffset));
        return sites;
    }

    /// <summary>
    /// The proposals not yet in the register as sites, in the order given (<see cref="ReceivedOrder"/> for <see cref="For"/>): what
    /// follows the register's structures, so that proposals received later can be added after the ones already given.
    /// </summary>
    public static IEnumerable<Site> Proposals(RegisterState register, IEnumerable<PendingProposal> ordered, TimeSpan vietnamOffset)
    {
        foreach (var p in ordered)
        {
            // A proposal approved meanwhile is a structure already.
            if (register.Find(p.StructureId) is not null)
                continue;
            yield return ToSite(p, vietnamOffset);
        }
    }

    /// <summary>First received, first served: by the instant received, then the dossier, then its row.</summary>
    public static IComparer<PendingProposal> ReceivedOrder { get; } =
        Comparer<PendingProposal>.Create(
            (a, b) =>
                a.ReceivedAt != b.ReceivedAt ? a.ReceivedAt.CompareTo(b.ReceivedAt)
                : a.DossierId != b.DossierId ? a.DossierId.CompareTo(b.DossierId)
                : a.Row.CompareTo(b.Row)
        );

    public static Site ToSite(RegisteredStructure registered)
    {
        var s = registered.Structure;
        return new Site(
            s.Id,
            s.Owner,
            s.Code,
            s.Location,
            s.PoleClass,
            s.HeightM,
            s.Camouflaged,
            [.. s.Carriers.Skip(1)],
            [.. s.Installations.SelectMany(i => i.Antennas)]
        )
        {
            Standing = StandingOf(registered),
            BuildingHeightM = s.BuildingHeightM,
            BackupPowerHours = s.BackupPowerHours,
            CriticalSite = s.Critical,
        };
    }

    public static Site ToSite(PendingProposal p, TimeSpan vietnamOffset) =>
        new(p.StructureId, p.Carrier, p.Code, p.Location, p.PoleClass, p.HeightM, p.Camouflaged, [], [])
        {
            Standing = RegisterStanding.PendingProposal(
                DateOnly.FromDateTime(p.ReceivedAt.ToOffset(vietnamOffset).DateTime),
                p.DossierId.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ),
        };

    /// <summary>The engine's standing of a structure the register counts.</summary>
    public static RegisterStanding StandingOf(RegisteredStructure registered) =>
        registered.Status switch
        {
            LifecycleStage.Approved when registered.Approval is { } a => RegisterStanding.ApprovedNotBuilt(
                a.LetterNumber,
                a.LetterDate,
                a.DossierId.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ),
            LifecycleStage.ExistingBeforePlan => RegisterStanding.ExistingBeforePlan,
            LifecycleStage.Unpermitted => RegisterStanding.Unpermitted,
            _ => RegisterStanding.InOperation,
        };
}

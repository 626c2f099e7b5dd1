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
        foreach (var p in proposals.OrderBy(p => p.ReceivedAt).ThenBy(p => p.DossierId).ThenBy(p => p.Row))
        {
            // A proposal approved meanwhile is a structure already.
            if (register.Find(p.StructureId) is not null)
                continue;
            sites.Add(ToSite(p, vietnamOffset));
        }
        return sites;
    }

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

using NetTopologySuite.Geometries;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Register;

/// <summary>
/// A new structure proposed in a dossier the department received and has neither approved (by an issued letter) nor refused:
/// it counts against later proposals, first received, first served (issue 11). Location in WGS 84.
/// </summary>
/// <param name="DossierId">The submission's id.</param>
/// <param name="Row">The dossier's row.</param>
/// <param name="ReceivedAt">When the department received the dossier (UTC).</param>
public sealed record PendingProposal(
    long DossierId,
    int Row,
    string Carrier,
    string Code,
    Point Location,
    PoleClass PoleClass,
    double HeightM,
    bool Camouflaged,
    DateTimeOffset ReceivedAt
)
{
    /// <summary>The id the structure will keep in the register if approved: "HS{dossier}-{row}".</summary>
    public string StructureId => RegisterIds.FromDossier(DossierId, Row);
}

/// <summary>How the register names structures it did not import.</summary>
public static class RegisterIds
{
    public static string FromDossier(long dossierId, int row) => $"HS{dossierId}-{row}";

    public static string FromDeclaration(long declarationId, int row) => $"KB{declarationId}-{row}";
}

namespace TelecomGis.Core.Infrastructure;

/// <summary>
/// A structure's standing in the register with the papers behind it: the approving letter for an approved structure, the
/// dossier and the day it was received for a pending proposal. Immutable; the common standings are shared instances.
/// </summary>
/// <param name="LetterNumber">The approving letter's number (số văn bản), e.g. "123/STTTT-BCVT".</param>
/// <param name="LetterDate">The approving letter's date.</param>
/// <param name="DossierId">The dossier (hồ sơ) of the approval or of the pending proposal.</param>
/// <param name="ReceivedOn">The day the department received a pending proposal's dossier.</param>
public sealed record RegisterStanding(
    RegisterStatus Status,
    string? LetterNumber = null,
    DateOnly? LetterDate = null,
    string? DossierId = null,
    DateOnly? ReceivedOn = null
)
{
    /// <summary>Built and in operation: the default for a site that carries no register record.</summary>
    public static readonly RegisterStanding InOperation = new(RegisterStatus.InOperation);

    public static readonly RegisterStanding ExistingBeforePlan = new(RegisterStatus.ExistingBeforePlan);

    public static readonly RegisterStanding Unpermitted = new(RegisterStatus.Unpermitted);

    /// <summary>Approved by <paramref name="letterNumber"/> of <paramref name="letterDate"/> and not yet built.</summary>
    public static RegisterStanding ApprovedNotBuilt(string letterNumber, DateOnly letterDate, string dossierId) =>
        new(RegisterStatus.ApprovedNotBuilt, letterNumber, letterDate, dossierId);

    /// <summary>A proposal whose dossier was received on <paramref name="receivedOn"/> and is still being appraised.</summary>
    public static RegisterStanding PendingProposal(DateOnly receivedOn, string dossierId) =>
        new(RegisterStatus.PendingProposal, DossierId: dossierId, ReceivedOn: receivedOn);

    /// <summary>Whether the structure stands on the ground today (in operation, existing before the plan, or unpermitted).</summary>
    public bool IsBuilt => Status is RegisterStatus.InOperation or RegisterStatus.ExistingBeforePlan or RegisterStatus.Unpermitted;
}

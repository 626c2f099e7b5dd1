namespace TelecomGis.Core.Register;

/// <summary>The department's approval of a structure: the letter (công văn) that answered the dossier, and the dossier's row.</summary>
/// <param name="LetterNumber">The letter's number and symbol, e.g. "15/SKHCN-BCVT".</param>
/// <param name="LetterDate">The letter's date (Vietnam's day).</param>
/// <param name="DossierId">The dossier (hồ sơ) the structure was proposed in: the submission's id.</param>
/// <param name="Row">The dossier's row that proposed it.</param>
public sealed record Approval(string LetterNumber, DateOnly LetterDate, long DossierId, int Row);

namespace TelecomGis.Storage.Stores;

/// <summary>
/// A reply letter as issued: its register number, when and by whom, the letter it replaces after a correction, and the SHA-256
/// (lowercase hex) of the .docx and .pdf rendered once at issue; the bytes themselves are read with
/// <see cref="IAppraisalStore.LoadLetterFileAsync"/>.
/// </summary>
/// <param name="Id">0 before it is saved.</param>
/// <param name="Number">The number and symbol as printed, e.g. "01/SKHCN-BCVT".</param>
/// <param name="RegisterYear">The register's year (the year in Vietnam's time when it was issued).</param>
/// <param name="RegisterSeq">Its place in that year's register; null for a clerk's number that does not start with one.</param>
/// <param name="Replaces">The id of the letter it corrects, or null.</param>
public sealed record IssuedLetter(
    long Id,
    long SubmissionId,
    string Number,
    int RegisterYear,
    int? RegisterSeq,
    string IssuedBy,
    DateTimeOffset IssuedAt,
    long? Replaces,
    string DocxSha256,
    string PdfSha256
);

/// <summary>A letter about to be issued, with the bytes of both files.</summary>
/// <param name="Register">The register events the letter brings (the structures it approves, issue 11), written in the letter's
/// transaction: both or neither.</param>
public sealed record NewLetter(
    long SubmissionId,
    string Number,
    int RegisterYear,
    int? RegisterSeq,
    string IssuedBy,
    DateTimeOffset IssuedAt,
    long? Replaces,
    byte[] Docx,
    byte[] Pdf,
    IReadOnlyList<TelecomGis.Core.Register.RegisterEvent>? Register = null
);

/// <summary>A correction opened against an issued letter: the batch may be changed again, and the next letter replaces that one.</summary>
public sealed record Correction(long Id, long SubmissionId, long LetterId, string Reason, string OpenedBy, DateTimeOffset OpenedAt);

/// <summary>The register already holds this number (the clerk's, or one taken by a letter issued at the same moment).</summary>
public sealed class RegisterNumberTakenException(string number) : Exception($"The register already holds letter number '{number}'.")
{
    public string Number { get; } = number;
}

/// <summary>Which of an issued letter's two files.</summary>
public enum LetterFileKind
{
    Docx,
    Pdf,
}

namespace TelecomGis.Storage.Stores;

/// <summary>The carrier's covering letter (công văn đến) its dossier came with, as the department's register records it.</summary>
/// <param name="Number">Its number and symbol, e.g. "1234/VTQN-KT".</param>
/// <param name="Date">The date it was signed.</param>
/// <param name="Signer">Who signed it (name and title, as the carrier wrote them).</param>
/// <param name="Subject">Its subject line ("V/v …").</param>
public sealed record IncomingDocument(string Number, DateOnly Date, string? Signer, string? Subject);

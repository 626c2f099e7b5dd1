namespace TelecomGis.Reports;

/// <summary>
/// The carrier's document the reply answers (văn bản đến), cited in the opening: "nhận được Công văn số {Number} ngày {Date} của …
/// về việc {Subject}".
/// </summary>
/// <param name="Number">Its number and symbol as the carrier wrote it, e.g. "1234/VTQN-KT".</param>
/// <param name="Signer">Who signed it, as the register records it; left out of the citation when unknown or empty.</param>
/// <param name="Subject">Its "V/v" line without "V/v", e.g. "đề nghị thẩm định vị trí trạm BTS"; "về việc …" is left out when
/// unknown or empty.</param>
public sealed record IncomingLetter(string Number, DateOnly Date, string? Signer, string? Subject);

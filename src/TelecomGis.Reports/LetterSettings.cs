namespace TelecomGis.Reports;

/// <summary>What the appraiser fills in for one reply letter; everything else comes from the plan and the appraisal.</summary>
/// <param name="NumberAndSymbol">The register number and symbol without "Số: ", e.g. "123/SKHCN-BCVT" (Decree 30/2020/NĐ-CP, Appendix I, II.3).</param>
/// <param name="Date">The date the letter is signed.</param>
/// <param name="Place">The place name of the date line; the province's name when left out ("Quảng Ninh, ngày …").</param>
/// <param name="Recipient">Who the letter answers: the carrier's legal name, or its province branch's, e.g. "Viettel Quảng Ninh –
/// Chi nhánh Tập đoàn Công nghiệp – Viễn thông Quân đội"; the text names it so too.</param>
/// <param name="CopyRecipients">The "Nơi nhận" list after the recipient, e.g. "Bộ Chỉ huy Quân sự tỉnh"; "Lưu: VT, BCVT" is added last.</param>
/// <param name="SignerName">The deputy director who signs.</param>
/// <param name="SigningAuthority">"KT. GIÁM ĐỐC" when a deputy signs on the director's behalf (ký thay).</param>
/// <param name="SignerTitle">The signer's own title under the signing authority.</param>
/// <param name="GoverningBody">The body above the department (cơ quan chủ quản); "UBND TỈNH {province}" when left out.</param>
/// <param name="DepartmentName">Overrides the plan's department name, e.g. for a letter signed before a merger.</param>
/// <param name="FileReference">The archive line of "Nơi nhận" (lưu văn thư and the drafting unit).</param>
/// <param name="Incoming">The carrier's document the letter answers; when known, the opening cites it.</param>
/// <param name="Received">When the dossier was received; the opening says "nộp ngày …" when no incoming document is known.</param>
/// <param name="Decisions">The appraiser's decision per site, by the row's number in the dossier (1-based, as
/// <c>SubmissionRow.Row</c>); a site without one is answered by its appraisal's verdict.</param>
/// <param name="Replaces">The department's earlier letter this one replaces after a correction; the opening says so.</param>
public sealed record LetterSettings(
    string NumberAndSymbol,
    DateOnly Date,
    string Recipient,
    IReadOnlyList<string> CopyRecipients,
    string SignerName,
    string? Place = null,
    string SigningAuthority = "KT. GIÁM ĐỐC",
    string SignerTitle = "PHÓ GIÁM ĐỐC",
    string? GoverningBody = null,
    string? DepartmentName = null,
    string FileReference = "Lưu: VT, BCVT",
    IncomingLetter? Incoming = null,
    DateOnly? Received = null,
    IReadOnlyDictionary<int, SiteDecision>? Decisions = null,
    LetterReference? Replaces = null
);

/// <summary>An issued letter as another letter cites it: its number and symbol, and its date.</summary>
public sealed record LetterReference(string NumberAndSymbol, DateOnly Date);

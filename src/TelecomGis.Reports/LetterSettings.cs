namespace TelecomGis.Reports;

/// <summary>What the appraiser fills in for one reply letter; everything else comes from the plan and the appraisal.</summary>
/// <param name="NumberAndSymbol">The register number and symbol without "Số: ", e.g. "123/SKHCN-BCVT" (Decree 30/2020/NĐ-CP, Appendix I, II.3).</param>
/// <param name="Date">The date the letter is signed.</param>
/// <param name="Place">The place name of the date line; the province's name when left out ("Quảng Ninh, ngày …").</param>
/// <param name="Recipient">Who the letter answers, e.g. "Tổng Công ty Viettel" (the carrier that submitted the dossier).</param>
/// <param name="CopyRecipients">The "Nơi nhận" list after the recipient, e.g. "Bộ Chỉ huy Quân sự tỉnh"; "Lưu: VT, BCVT" is added last.</param>
/// <param name="SignerName">The deputy director who signs.</param>
/// <param name="SigningAuthority">"KT. GIÁM ĐỐC" when a deputy signs on the director's behalf (ký thay).</param>
/// <param name="SignerTitle">The signer's own title under the signing authority.</param>
/// <param name="GoverningBody">The body above the department (cơ quan chủ quản); "UBND TỈNH {province}" when left out.</param>
/// <param name="DepartmentName">Overrides the plan's department name, e.g. for a letter signed before a merger.</param>
/// <param name="FileReference">The archive line of "Nơi nhận" (lưu văn thư and the drafting unit).</param>
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
    LetterReference? Replaces = null
);

/// <summary>An issued letter as another letter cites it: its number and symbol, and its date.</summary>
public sealed record LetterReference(string NumberAndSymbol, DateOnly Date);

namespace TelecomGis.Api.Letters;

/// <summary>
/// How a letter names a carrier: its legal name and, where the carrier answers through one, its branch in the province. The
/// letter is addressed ("Kính gửi") to the branch, else to the carrier itself, and its text names the same.
/// </summary>
public sealed class CarrierNames
{
    /// <summary>The enterprise's registered name, e.g. "Tập đoàn Công nghiệp – Viễn thông Quân đội".</summary>
    public string LegalName { get; set; } = "";

    /// <summary>The province branch as it signs its documents, e.g. "Viettel Quảng Ninh – Chi nhánh Tập đoàn …"; empty when none.</summary>
    public string Branch { get; set; } = "";

    /// <summary>Whom the letter addresses: the branch, else the legal name, else the carrier's name as submissions give it.</summary>
    public string Recipient(string carrier) =>
        !string.IsNullOrWhiteSpace(Branch) ? Branch.Trim()
        : !string.IsNullOrWhiteSpace(LegalName) ? LegalName.Trim()
        : carrier;

    /// <summary>
    /// The carriers of Quảng Ninh by the names submissions use (SubmissionRowParser.KnownCarriers). Viettel is a Tập đoàn (a
    /// group), not a Tổng công ty. MobiFone's network centre and Gtel's legal name are as far as could be checked here; a
    /// deployment corrects them in configuration ("Letter:Carriers:MobiFone:Branch").
    /// </summary>
    public static Dictionary<string, CarrierNames> QuangNinh() =>
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["Viettel"] = new()
            {
                LegalName = "Tập đoàn Công nghiệp – Viễn thông Quân đội",
                Branch = "Viettel Quảng Ninh – Chi nhánh Tập đoàn Công nghiệp – Viễn thông Quân đội",
            },
            ["VNPT"] = new() { LegalName = "Tập đoàn Bưu chính Viễn thông Việt Nam", Branch = "Viễn thông Quảng Ninh" },
            ["MobiFone"] = new()
            {
                LegalName = "Tổng công ty Viễn thông MobiFone",
                Branch = "Trung tâm Mạng lưới MobiFone miền Bắc – Chi nhánh Tổng công ty Viễn thông MobiFone",
            },
            ["Vietnamobile"] = new() { LegalName = "Công ty Cổ phần Viễn thông Di động Vietnamobile" },
            ["Gtel"] = new() { LegalName = "Tổng Công ty Viễn thông Toàn Cầu" },
        };
}

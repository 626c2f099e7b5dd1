using System.Globalization;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Geodesy;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;

namespace TelecomGis.Reports;

/// <summary>
/// The department's request for an opinion (công văn xin ý kiến) on one site to the authority a rule names, in the administrative
/// form of Decree 30/2020/NĐ-CP: the site's position in VN-2000 and WGS 84, its structure and height, and the measured reason the
/// engine found. It goes to the authority, not to the carrier, so it may name the area concerned (a military one included): the
/// department's appraisers alone download it.
/// </summary>
public sealed record ConsultationRequest(
    DateOnly Date,
    string GoverningBody,
    string DepartmentHeading,
    string NumberLine,
    string PlaceAndDate,
    string Subject,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> Body,
    IReadOnlyList<string> CopyRecipients,
    string SigningAuthority,
    string SignerTitle,
    string SignerName
)
{
    /// <summary>
    /// The authorities a rule's consultation goes to, first the one whose answer settles it: the provincial Military Command for a
    /// military area (R04); the civil aviation authority and the General Staff for the aerodrome's obstacle surfaces (R10); the
    /// General Staff's Operations Department, which approves the height of high structures (Decree 32/2016/NĐ-CP, art. 8), for R11.
    /// Empty for a rule that names none.
    /// </summary>
    public static IReadOnlyList<string> AuthoritiesFor(string ruleId, string province) =>
        ruleId switch
        {
            "R04" => [$"Bộ Chỉ huy Quân sự tỉnh {province}"],
            "R10" => ["Cục Hàng không Việt Nam", "Bộ Tổng Tham mưu - Bộ Quốc phòng"],
            "R11" => ["Cục Tác chiến - Bộ Tổng Tham mưu"],
            _ => [],
        };

    /// <summary>Writes the request about one rule of one appraised site.</summary>
    /// <param name="incoming">The carrier's covering letter ("Công văn số … ngày …"), cited when known.</param>
    public static ConsultationRequest Compose(
        AppraisalResult result,
        string ruleId,
        ProvincePlan plan,
        LetterSettings settings,
        string? incoming
    )
    {
        var t = VietnameseText.Nfc;
        var rule = result.Results.FirstOrDefault(r => r.RuleId == ruleId)
            ?? throw new ArgumentException($"The appraisal has no result for rule {ruleId}.", nameof(ruleId));
        var province = plan.Province.Name;
        var authorities = AuthoritiesFor(ruleId, province);
        if (authorities.Count == 0)
            throw new ArgumentException($"Rule {ruleId} names no authority to consult.", nameof(ruleId));
        var department = t(settings.DepartmentName ?? plan.Metadata.DepartmentNameVi);
        var site = result.Site;
        var transform = ProjectionTransform.For(plan.Province.Epsg, plan.Province.Transformation);
        var (easting, northing) = transform.Forward(site.LonDeg, site.LatDeg);
        var crs = transform.Crs;
        var meridian = string.Create(
            CultureInfo.InvariantCulture,
            $"kinh tuyến trục {(int)Math.Floor(crs.CentralMeridianDeg)}°{(int)Math.Round((crs.CentralMeridianDeg - Math.Floor(crs.CentralMeridianDeg)) * 60):00}′"
        );
        var structure = site.IsNewStructure
            ? $"cột ăng ten loại {site.PoleClass}, cao {Figures.Vn(site.HeightM, "0.#")} m"
                + (site.PoleClass.IsOnBuilding() && site.BuildingHeightM is { } b ? $" trên công trình cao {Figures.Vn(b, "0.#")} m" : "")
            : $"lắp đặt thiết bị trên trạm hiện có {site.SharesSiteId}";
        var ground = site.GroundElevationM is { } g ? $"; cao độ mặt đất {Figures.Vn(g, "0.#")} m" : "";
        var body = new List<string>
        {
            $"{department} nhận được hồ sơ đề nghị thẩm định vị trí trạm thu phát sóng thông tin di động (trạm BTS) của {site.Carrier}"
                + (incoming is null ? "" : $" ({incoming})")
                + $". Qua rà soát, vị trí trạm {site.SiteCode} cần có ý kiến của {string.Join(" và ", authorities)} trước khi Sở kết luận. Thông tin về trạm như sau:",
            $"- Tọa độ VN-2000 ({meridian}): X = {VietnameseText.Metres(northing)} m, Y = {VietnameseText.Metres(easting)} m.",
            $"- Tọa độ WGS 84: vĩ độ {Figures.Vn(site.LatDeg, "0.000000")}°, kinh độ {Figures.Vn(site.LonDeg, "0.000000")}°.",
            $"- Kết cấu: {structure}; chiều cao đỉnh công trình so với mặt đất {Figures.Vn(site.HeightAboveGroundM, "0.#")} m{ground}.",
            $"- Nội dung cần xin ý kiến: {rule.MessageVi}" + (rule.Citation is { Length: > 0 } c ? $" ({c})." : ""),
            $"{department} kính đề nghị Quý cơ quan cho ý kiến bằng văn bản về vị trí trạm nêu trên để Sở có cơ sở trả lời doanh nghiệp./.",
        };
        var copies = new List<string> { "Như trên" };
        copies.Add(settings.FileReference);
        return new ConsultationRequest(
            settings.Date,
            VietnameseText.Upper(settings.GoverningBody ?? $"UBND tỉnh {province}"),
            VietnameseText.Upper(
                department.EndsWith($" tỉnh {province}", StringComparison.OrdinalIgnoreCase)
                    ? department[..^$" tỉnh {province}".Length]
                    : department
            ),
            t($"Số: {settings.NumberAndSymbol}"),
            t($"{settings.Place ?? province}, {VietnameseText.Date(settings.Date)}"),
            t($"V/v xin ý kiến về vị trí trạm BTS {site.SiteCode} của {site.Carrier}"),
            [.. authorities.Select(t)],
            [.. body.Select(t)],
            [.. copies.Select(t)],
            VietnameseText.Upper(settings.SigningAuthority),
            VietnameseText.Upper(settings.SignerTitle),
            t(settings.SignerName)
        );
    }

    /// <summary>Every piece of text in reading order.</summary>
    public IEnumerable<string> Lines()
    {
        yield return GoverningBody;
        yield return DepartmentHeading;
        yield return NumberLine;
        yield return Subject;
        yield return ReplyLetter.NationalName;
        yield return ReplyLetter.Motto;
        yield return PlaceAndDate;
        foreach (var r in Recipients)
            yield return r;
        foreach (var b in Body)
            yield return b;
    }
}

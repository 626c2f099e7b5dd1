using System.Globalization;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Geodesy;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Reports;

/// <summary>
/// The department's reply letter (công văn trả lời thẩm định) on a carrier's proposed sites: the text of every part the
/// administrative format of Decree 30/2020/NĐ-CP names, in Vietnamese (NFC). The writers lay it out; this decides what it says.
/// </summary>
public sealed record ReplyLetter(
    DateOnly Date,
    string GoverningBody,
    string DepartmentHeading,
    string DepartmentName,
    string NumberLine,
    string PlaceAndDate,
    string Subject,
    string RecipientLine,
    string Opening,
    IReadOnlyList<SiteSection> Sites,
    IReadOnlyList<string> Closing,
    IReadOnlyList<string> CopyRecipients,
    string SigningAuthority,
    string SignerTitle,
    string SignerName
)
{
    /// <summary>Quốc hiệu, in capitals (Decree 30/2020/NĐ-CP, Appendix I, II.1).</summary>
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>Tiêu ngữ, underlined by a line as long as itself; the hyphens have a space either side.</summary>
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>The heading of the copy list.</summary>
    public const string CopyListHeading = "Nơi nhận:";

    /// <summary>
    /// Writes the letter for appraised sites of one dossier. The department's name comes from the plan's metadata unless the
    /// settings override it; coordinates are given in the province's TM-3 system, X northing and Y easting, as surveyors read them.
    /// </summary>
    public static ReplyLetter Compose(IReadOnlyList<AppraisalResult> results, ProvincePlan plan, LetterSettings settings)
    {
        if (results.Count == 0)
            throw new ArgumentException("A reply letter answers at least one site.", nameof(results));
        var t = VietnameseText.Nfc;
        var province = plan.Province.Name;
        var department = t(settings.DepartmentName ?? plan.Metadata.DepartmentNameVi);
        var transform = ProjectionTransform.For(plan.Province.Epsg);
        var carriers = string.Join(", ", results.Select(r => r.Site.Carrier).Distinct(StringComparer.OrdinalIgnoreCase));
        var count = results.Count == 1 ? "" : $"{results.Count} ";

        var sites = results.Select((r, i) => Section(i + 1, r, transform)).ToList();
        // The plan version is a content hash; its first 12 characters identify it in a letter as a short Git hash does a commit.
        var version = results[0].PlanVersion.Length > 12 ? results[0].PlanVersion[..12] : results[0].PlanVersion;

        var copies = new List<string> { "Như trên" };
        copies.AddRange(settings.CopyRecipients);
        copies.Add(settings.FileReference);

        return new ReplyLetter(
            Date: settings.Date,
            GoverningBody: VietnameseText.Upper(settings.GoverningBody ?? $"UBND tỉnh {province}"),
            DepartmentHeading: VietnameseText.Upper(WithoutProvince(department, province)),
            DepartmentName: department,
            NumberLine: t($"Số: {settings.NumberAndSymbol}"),
            PlaceAndDate: t($"{settings.Place ?? province}, {VietnameseText.Date(settings.Date)}"),
            Subject: t($"V/v trả lời thẩm định vị trí {count}trạm BTS của {carriers}"),
            RecipientLine: t($"Kính gửi: {settings.Recipient}."),
            Opening: t(
                $"{department} nhận được hồ sơ đề nghị thẩm định vị trí {count}trạm thu phát sóng thông tin di động (trạm BTS) của {carriers}. "
                    + (
                        settings.Replaces is { } r
                            ? $"Công văn này thay thế Công văn số {r.NumberAndSymbol} ngày {r.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} của Sở. "
                            : ""
                    )
                    + $"Căn cứ {plan.Metadata.PlanName}, phiên bản dữ liệu {version}, Sở có ý kiến như sau:"
            ),
            Sites: sites,
            Closing: [.. ClosingParagraphs(results, settings.Recipient, department).Select(t)],
            CopyRecipients: [.. copies.Select(t)],
            SigningAuthority: VietnameseText.Upper(settings.SigningAuthority),
            SignerTitle: VietnameseText.Upper(settings.SignerTitle),
            SignerName: t(settings.SignerName)
        );
    }

    /// <summary>The same letter with a map figure drawn for every site.</summary>
    public ReplyLetter WithFigures(SiteMapFigure figure) =>
        this with
        {
            Sites = [.. Sites.Select(s => s with { FigurePng = figure.DrawPng(s.Result) })],
        };

    /// <summary>Every piece of text in reading order: for search, tests and a plain-text fallback.</summary>
    public IEnumerable<string> Lines()
    {
        yield return GoverningBody;
        yield return DepartmentHeading;
        yield return NumberLine;
        yield return Subject;
        yield return NationalName;
        yield return Motto;
        yield return PlaceAndDate;
        yield return RecipientLine;
        yield return Opening;
        foreach (var s in Sites)
        {
            yield return s.Paragraph;
            foreach (var reason in s.Reasons)
                yield return "- " + reason;
            foreach (var note in s.Notes)
                yield return note;
            yield return s.FigureCaption;
        }
        foreach (var c in Closing)
            yield return c;
        yield return CopyListHeading;
        foreach (var c in CopyRecipientLines())
            yield return c;
        yield return SigningAuthority;
        yield return SignerTitle;
        yield return SignerName;
    }

    /// <summary>"- Như trên;" … "- Lưu: VT, BCVT.": every line a dash, a semicolon, the last a full stop.</summary>
    public IEnumerable<string> CopyRecipientLines() =>
        CopyRecipients.Select((c, i) => $"- {c}{(i == CopyRecipients.Count - 1 ? "." : ";")}");

    private static SiteSection Section(int number, AppraisalResult result, ProjectionTransform transform)
    {
        var site = result.Site;
        var (easting, northing) = transform.Forward(site.LonDeg, site.LatDeg);
        var coordinates = new Vn2000Coordinates(northing, easting, transform.Crs.Epsg);
        var structure = site.IsNewStructure
            ? $"cột ăng ten loại {site.PoleClass} cao {Figures.Vn(site.HeightM, "0.#")} m{(site.Camouflaged ? ", ngụy trang" : "")}"
            : $"lắp đặt thiết bị trên trạm hiện có {site.SharesSiteId} (sử dụng chung hạ tầng)";
        var objections = result.Objections.ToList();
        var conclusion = result.Verdict switch
        {
            Verdict.Conforms => "Kết quả thẩm định: Phù hợp quy hoạch.",
            Verdict.DoesNotConform => "Kết quả thẩm định: Không phù hợp quy hoạch, vì các lý do sau:",
            _ => "Kết quả thẩm định: Cần xin ý kiến cơ quan có thẩm quyền trước khi kết luận, vì:",
        };
        var paragraph =
            $"{number}. Trạm {site.SiteCode} của {site.Carrier}: {structure}; tọa độ VN-2000 ({CentralMeridian(transform.Crs)}) "
            + $"X = {VietnameseText.Metres(coordinates.XNorthingM)} m, Y = {VietnameseText.Metres(coordinates.YEastingM)} m. {conclusion}";
        var caption =
            $"Hình {number}. Vị trí trạm {site.SiteCode} và các đối tượng quy hoạch liên quan (VN-2000, EPSG:{transform.Crs.Epsg})";
        return new SiteSection(
            number,
            result,
            coordinates,
            VietnameseText.Nfc(paragraph),
            [.. objections.Select(o => VietnameseText.Nfc(Message(o)))],
            [.. result.Results.Where(r => r.Outcome == RuleOutcome.Warn).Select(w => VietnameseText.Nfc("Lưu ý: " + Message(w)))],
            VietnameseText.Nfc(caption)
        );
    }

    /// <summary>The rule's message; where an appraiser overrode the rule, followed by the appraiser's written reason.</summary>
    private static string Message(RuleResult r) => r.Override is { } o ? $"{r.MessageVi} (Ý kiến thẩm định: {o.Reason})" : r.MessageVi;

    /// <summary>"kinh tuyến trục 107°45′, múi chiếu 3°": how Vietnamese survey documents name a TM-3 system.</summary>
    private static string CentralMeridian(ProjectedCrs crs)
    {
        var degrees = (int)Math.Floor(crs.CentralMeridianDeg);
        var minutes = (int)Math.Round((crs.CentralMeridianDeg - degrees) * 60);
        var zone = crs.ScaleFactor == Vn2000Datum.Tm3ScaleFactor ? "múi chiếu 3°" : "múi chiếu 6°";
        return string.Create(CultureInfo.InvariantCulture, $"kinh tuyến trục {degrees}°{minutes:00}′, {zone}");
    }

    private static string[] ClosingParagraphs(IReadOnlyList<AppraisalResult> results, string recipient, string department)
    {
        var parts = new List<string>();
        if (results.Any(r => r.Verdict == Verdict.Conforms))
            parts.Add("triển khai lắp đặt các trạm phù hợp quy hoạch đúng vị trí, loại cột và chiều cao đã đề nghị");
        if (results.Any(r => r.Verdict == Verdict.DoesNotConform))
            parts.Add("điều chỉnh vị trí, loại cột hoặc chiều cao của các trạm không phù hợp quy hoạch và gửi lại hồ sơ");
        if (results.Any(r => r.Verdict == Verdict.NeedsConsultation))
            parts.Add("chưa triển khai các trạm cần xin ý kiến cho đến khi Sở có văn bản trả lời sau khi lấy ý kiến cơ quan có thẩm quyền");
        return [$"Đề nghị {recipient} {string.Join("; ", parts)}.", $"{department} trả lời để {recipient} biết và thực hiện./."];
    }

    /// <summary>"Sở Khoa học và Công nghệ tỉnh Quảng Ninh" → "Sở Khoa học và Công nghệ": the header names the province in the line above.</summary>
    private static string WithoutProvince(string department, string province)
    {
        var suffix = $" tỉnh {province}";
        return department.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? department[..^suffix.Length] : department;
    }
}

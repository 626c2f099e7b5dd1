using System.Globalization;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Geodesy;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Reports;

/// <summary>
/// The department's reply letter (công văn trả lời thẩm định) on a carrier's proposed sites: the text of every part the
/// administrative format of Decree 30/2020/NĐ-CP names, in Vietnamese (NFC). The writers lay it out; this decides what it says.
/// </summary>
public sealed partial record ReplyLetter(
    DateOnly Date,
    string GoverningBody,
    string DepartmentHeading,
    string DepartmentName,
    string NumberLine,
    string PlaceAndDate,
    string Subject,
    string RecipientLine,
    string Opening,
    IReadOnlyList<string> Bases,
    string Lead,
    IReadOnlyList<SiteGroup> Groups,
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

    /// <summary>The heading of the sites that wait for the competent authority's opinion: never under "không phù hợp".</summary>
    public const string ConsultationHeading = "Các vị trí cần xin ý kiến cơ quan có thẩm quyền";

    /// <summary>Every row the letter answers, in the order it answers them (group by group).</summary>
    public IReadOnlyList<SiteSection> Sites => [.. Groups.SelectMany(g => g.Sites)];

    /// <summary>Writes the letter for appraised sites only (a dossier without rejected rows).</summary>
    public static ReplyLetter Compose(IReadOnlyList<AppraisalResult> results, ProvincePlan plan, LetterSettings settings) =>
        Compose([.. results.Select(r => new RowOutcome(SubmissionRow.Accepted(r.Site), r))], plan, settings);

    /// <summary>
    /// Writes the letter for every row of one dossier: appraised sites under the heading of their answer (the appraiser's
    /// decision where <see cref="LetterSettings.Decisions"/> gives one, else the verdict), rejected rows under their own, each
    /// with what the carrier must supply. The department's name comes from the plan's metadata unless the settings override it;
    /// coordinates are given in the province's TM-3 system, X northing and Y easting, as surveyors read them. The plan is cited
    /// by its approving decision and legal bases, never by its content hash (which the stored record keeps).
    /// </summary>
    public static ReplyLetter Compose(IReadOnlyList<RowOutcome> rows, ProvincePlan plan, LetterSettings settings)
    {
        if (rows.Count == 0)
            throw new ArgumentException("A reply letter answers at least one site.", nameof(rows));
        var t = VietnameseText.Nfc;
        var province = plan.Province.Name;
        var department = t(settings.DepartmentName ?? plan.Metadata.DepartmentNameVi);
        var transform = ProjectionTransform.For(plan.Province.Epsg, plan.Province.Transformation);
        var carriers = string.Join(
            ", ",
            rows.Select(r => r.Row.Carrier).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
        );
        var count = rows.Count == 1 ? "" : $"{rows.Count} ";
        var decisions = settings.Decisions ?? new Dictionary<int, SiteDecision>();

        var answered = rows.Select(r => (Row: r, Answer: AnswerOf(r, decisions.GetValueOrDefault(r.Row.Row)))).ToList();
        var groups = new List<SiteGroup>();
        var number = 0;
        foreach (var answer in Enum.GetValues<SiteAnswer>())
        {
            var members = answered.Where(a => a.Answer == answer).ToList();
            if (members.Count == 0)
                continue;
            var groupNumber = groups.Count + 1;
            var sections = members
                .Select(
                    (m, k) =>
                        Section(++number, $"{groupNumber}.{k + 1}.", m.Row, m.Answer, decisions.GetValueOrDefault(m.Row.Row.Row), transform)
                )
                .ToList();
            groups.Add(new SiteGroup(answer, t($"{groupNumber}. {Heading(answer)}"), sections));
        }

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
            Opening: t(OpeningText(department, settings, count)),
            Bases: [.. BasesOf(plan.Metadata).Select(t)],
            Lead: t($"Sau khi xem xét hồ sơ, {department} có ý kiến như sau:"),
            Groups: groups,
            Closing: [.. ClosingParagraphs([.. answered.Select(a => a.Answer)], settings.Recipient, department).Select(t)],
            CopyRecipients: [.. copies.Select(t)],
            SigningAuthority: VietnameseText.Upper(settings.SigningAuthority),
            SignerTitle: VietnameseText.Upper(settings.SignerTitle),
            SignerName: t(settings.SignerName)
        );
    }

    /// <summary>
    /// "Sở … nhận được Công văn số … ngày … của … về việc …" when the incoming document is known; else the dossier and the day it
    /// was received.
    /// </summary>
    private static string OpeningText(string department, LetterSettings settings, string count)
    {
        var what = $"hồ sơ đề nghị thẩm định vị trí {count}trạm thu phát sóng thông tin di động (trạm BTS)";
        if (settings.Incoming is { } incoming)
        {
            var signer = string.IsNullOrWhiteSpace(incoming.Signer) ? "" : $" (người ký: {incoming.Signer.Trim()})";
            var subject = string.IsNullOrWhiteSpace(incoming.Subject) ? "" : $" về việc {WithoutVv(incoming.Subject)}";
            var received = settings.Received is { } r ? $"; Sở nhận hồ sơ ngày {ShortDate(r)}" : "";
            return $"{department} nhận được Công văn số {incoming.Number.Trim()} ngày {ShortDate(incoming.Date)} của "
                + $"{settings.Recipient}{signer}{subject}, kèm theo {what}{received}.{ReplacesText(settings)}";
        }
        var filed = settings.Received is { } day ? $" nộp ngày {ShortDate(day)}" : "";
        return $"{department} nhận được {what} của {settings.Recipient}{filed}.{ReplacesText(settings)}";
    }

    /// <summary>
    /// "V/v đề nghị thẩm định …" → "đề nghị thẩm định …": the opening says "về việc" itself, and the subject continues its
    /// sentence, so a capital that only began the carrier's subject line goes (an acronym such as "BTS …" or "UBND …" stays).
    /// </summary>
    private static string WithoutVv(string subject)
    {
        var s = subject.Trim().TrimEnd('.');
        s = s.StartsWith("V/v", StringComparison.OrdinalIgnoreCase) ? s[3..].TrimStart(' ', ':') : s;
        return Lowered(s);
    }

    /// <summary>" Công văn này thay thế Công văn số … ngày … của Sở.": a corrected letter names the one it replaces.</summary>
    private static string ReplacesText(LetterSettings settings) =>
        settings.Replaces is { } r ? $" Công văn này thay thế Công văn số {r.NumberAndSymbol} ngày {ShortDate(r.Date)} của Sở." : "";

    /// <summary>"Căn cứ …;" lines: the legal bases the plan lists, then the decision that approved the plan (its name when none is given).</summary>
    private static IEnumerable<string> BasesOf(PlanMetadata metadata)
    {
        foreach (var basis in metadata.LegalBasesOrEmpty)
            yield return $"Căn cứ {basis.Trim().TrimEnd(';', '.')};";
        yield return metadata.Approval is { } approval
            ? $"Căn cứ {approval.Citation.TrimEnd(';', '.')};"
            : $"Căn cứ {metadata.PlanName.TrimEnd(';', '.')};";
    }

    /// <summary>"05/01/2026": how a letter's body cites another document's date.</summary>
    private static string ShortDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static SiteAnswer AnswerOf(RowOutcome row, SiteDecision? decision)
    {
        if (row.Appraisal is null)
            return SiteAnswer.Incomplete;
        return decision?.Kind switch
        {
            SiteDecisionKind.Approve => SiteAnswer.Approved,
            SiteDecisionKind.ApproveWithConditions => SiteAnswer.ApprovedWithConditions,
            SiteDecisionKind.Refuse => SiteAnswer.Refused,
            _ => row.Appraisal.Verdict switch
            {
                Verdict.Conforms => SiteAnswer.Approved,
                Verdict.DoesNotConform => SiteAnswer.Refused,
                _ => SiteAnswer.Consultation,
            },
        };
    }

    private static string Heading(SiteAnswer answer) =>
        answer switch
        {
            SiteAnswer.Approved => "Các vị trí Sở thống nhất",
            SiteAnswer.ApprovedWithConditions => "Các vị trí Sở thống nhất có điều kiện",
            SiteAnswer.Refused => "Các vị trí không phù hợp, Sở không thống nhất",
            SiteAnswer.Consultation => ConsultationHeading,
            _ => "Các hồ sơ trạm chưa hợp lệ",
        };

    /// <summary>The same letter with a map figure drawn for every site.</summary>
    public ReplyLetter WithFigures(SiteMapFigure figure) =>
        this with
        {
            Groups =
            [
                .. Groups.Select(g =>
                    g with
                    {
                        Sites = [.. g.Sites.Select(s => s.Result is null ? s : s with { FigurePng = figure.DrawPng(s.Result) })],
                    }
                ),
            ],
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
        foreach (var b in Bases)
            yield return b;
        yield return Lead;
        foreach (var g in Groups)
        {
            yield return g.Heading;
            foreach (var s in g.Sites)
            {
                yield return s.Paragraph;
                foreach (var reason in s.Reasons)
                    yield return "- " + reason;
                if (s.Decision is not null)
                    yield return s.Decision;
                foreach (var note in s.Notes)
                    yield return note;
                if (s.FigureCaption.Length > 0)
                    yield return s.FigureCaption;
            }
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

    private static SiteSection Section(
        int number,
        string label,
        RowOutcome row,
        SiteAnswer answer,
        SiteDecision? decision,
        ProjectionTransform transform
    )
    {
        var t = VietnameseText.Nfc;
        if (row.Appraisal is not { } result)
            return Incomplete(number, label, row.Row);
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
        // A rule settled in the site's favour (an authority's reply, or an appraiser's override) says on what it was settled:
        // "Theo văn bản số … của Bộ Chỉ huy Quân sự tỉnh: đồng ý với điều kiện: …".
        var settled = result
            .Results.Where(r => r.Override is not null && r.Outcome == RuleOutcome.Pass)
            .Select(r => r.Override!.Reason.Trim());
        foreach (var reason in settled)
            conclusion += $" {reason.TrimEnd('.')}.";
        var paragraph =
            $"{label} Trạm {site.SiteCode}: {structure}; tọa độ VN-2000 ({CentralMeridian(transform.Crs)}) "
            + $"X = {VietnameseText.Metres(coordinates.XNorthingM)} m, Y = {VietnameseText.Metres(coordinates.YEastingM)} m. {conclusion}";
        var caption = $"Hình {number}. Vị trí trạm {site.SiteCode} và các đối tượng quy hoạch liên quan (hệ tọa độ VN-2000)";
        return new SiteSection(
            number,
            site.SiteCode,
            answer,
            result,
            coordinates,
            t(paragraph),
            [.. objections.Select(o => t(Message(o)))],
            [.. result.Results.Where(r => r.Outcome == RuleOutcome.Warn).Select(w => t("Lưu ý: " + Message(w)))],
            decision is null ? null : t(DecisionText(decision)),
            t(caption)
        );
    }

    /// <summary>"Hồ sơ trạm … chưa hợp lệ vì …, đề nghị bổ sung …": a rejected row is answered too, with what to supply.</summary>
    private static SiteSection Incomplete(int number, string label, SubmissionRow row)
    {
        var which =
            row.SiteCode.Length > 0 ? $"trạm {row.SiteCode} (dòng {row.Row} của danh sách)" : $"trạm ở dòng {row.Row} của danh sách";
        var reason = row.Rejection is { } r ? Lowered(WithoutRowPrefix(r.MessageVi.Trim().TrimEnd('.'))) : "thiếu thông tin";
        var paragraph = $"{label} Hồ sơ {which} chưa hợp lệ vì {reason}, đề nghị bổ sung, hoàn thiện hồ sơ và gửi lại để Sở thẩm định.";
        return new SiteSection(number, row.SiteCode, SiteAnswer.Incomplete, null, null, VietnameseText.Nfc(paragraph), [], [], null, "");
    }

    /// <summary>
    /// "Dòng 2, cột loai_cot: …" → "cột loai_cot: …": the stored message names its row for the list of errors, but the letter's sentence
    /// already says which row, so it would otherwise read "vì Dòng 2, …".
    /// </summary>
    private static string WithoutRowPrefix(string message) => RowPrefix().Replace(message, "", 1);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*Dòng\s+\d+\s*,\s*", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RowPrefix();

    /// <summary>"Loại cột …" → "loại cột …" after "vì"; an acronym ("VN-2000", "EPSG") keeps its capitals.</summary>
    private static string Lowered(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1])
            ? char.ToLower(text[0], CultureInfo.GetCultureInfo("vi-VN")) + text[1..]
            : text;

    private static string DecisionText(SiteDecision decision) =>
        decision.Kind switch
        {
            SiteDecisionKind.Approve => "Ý kiến của Sở: thống nhất.",
            SiteDecisionKind.ApproveWithConditions =>
                $"Ý kiến của Sở: thống nhất với điều kiện: {Lowered(decision.Conditions!.Trim().TrimEnd('.'))}.",
            _ => $"Ý kiến của Sở: không thống nhất, vì {Lowered(decision.Reason!.Trim().TrimEnd('.'))}.",
        };

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

    private static string[] ClosingParagraphs(IReadOnlyList<SiteAnswer> answers, string recipient, string department)
    {
        var parts = new List<string>();
        if (answers.Contains(SiteAnswer.Approved))
            parts.Add("triển khai lắp đặt các trạm Sở thống nhất đúng vị trí, loại cột và chiều cao đã đề nghị");
        if (answers.Contains(SiteAnswer.ApprovedWithConditions))
            parts.Add("thực hiện đầy đủ các điều kiện nêu trên đối với các trạm Sở thống nhất có điều kiện");
        if (answers.Contains(SiteAnswer.Refused))
            parts.Add("điều chỉnh vị trí, loại cột hoặc chiều cao của các trạm không phù hợp và gửi lại hồ sơ");
        if (answers.Contains(SiteAnswer.Consultation))
            parts.Add("chưa triển khai các trạm cần xin ý kiến cho đến khi Sở có văn bản trả lời sau khi lấy ý kiến cơ quan có thẩm quyền");
        if (answers.Contains(SiteAnswer.Incomplete))
            parts.Add("bổ sung, hoàn thiện hồ sơ các trạm chưa hợp lệ");
        return [$"Đề nghị {recipient} {string.Join("; ", parts)}.", $"{department} trả lời để {recipient} biết và thực hiện./."];
    }

    /// <summary>"Sở Khoa học và Công nghệ tỉnh Quảng Ninh" → "Sở Khoa học và Công nghệ": the header names the province in the line above.</summary>
    private static string WithoutProvince(string department, string province)
    {
        var suffix = $" tỉnh {province}";
        return department.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? department[..^suffix.Length] : department;
    }
}

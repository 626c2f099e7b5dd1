using System.Text;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Geodesy;

namespace TelecomGis.Reports.Tests;

/// <summary>What the letter says, before any layout: Decree 30/2020/NĐ-CP's parts, the verdicts and the reasons.</summary>
[Collection(OneLetter.Name)]
public sealed class ReplyLetterTests(LetterFixture fixture)
{
    private ReplyLetter Letter => fixture.Letter;

    private SiteSection Seed => Letter.Sites.Single(s => s.SiteCode == "QNH-MC-0033");

    [Fact]
    public void TheThreeSitesAreTheSeedsConsultationAFailureAndAConformingTower()
    {
        Assert.Equal(Verdict.NeedsConsultation, fixture.Seed.Verdict);
        Assert.Equal(["R04"], fixture.Seed.FailingRuleIds);
        Assert.Equal(Verdict.DoesNotConform, fixture.Failing.Verdict);
        Assert.Equal(Verdict.Conforms, fixture.Conforming.Verdict);
    }

    [Fact]
    public void TheDepartmentIsThePlansSinceTheMarch2025Merger()
    {
        Assert.Equal("Sở Khoa học và Công nghệ tỉnh Quảng Ninh", Letter.DepartmentName);
        Assert.Equal("SỞ KHOA HỌC VÀ CÔNG NGHỆ", Letter.DepartmentHeading);
        Assert.Equal("UBND TỈNH QUẢNG NINH", Letter.GoverningBody);
    }

    [Fact]
    public void TheSettingsCanNameTheDepartmentAsItWasBeforeTheMerger()
    {
        var old = ReplyLetter.Compose(
            fixture.Results,
            fixture.Plan,
            LetterFixture.Settings with
            {
                DepartmentName = "Sở Thông tin và Truyền thông tỉnh Quảng Ninh",
                NumberAndSymbol = "45/STTTT-BCVT",
            }
        );
        Assert.Equal("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", old.DepartmentHeading);
        Assert.Equal("Số: 45/STTTT-BCVT", old.NumberLine);
    }

    [Fact]
    public void TheNumberPlaceDateSubjectAndRecipientReadAsTheDecreeWritesThem()
    {
        Assert.Equal("Số: 123/SKHCN-BCVT", Letter.NumberLine);
        Assert.Equal("Quảng Ninh, ngày 22 tháng 11 năm 2026", Letter.PlaceAndDate);
        Assert.Equal("V/v trả lời thẩm định vị trí 4 trạm BTS của Viettel", Letter.Subject);
    }

    [Theory]
    [InlineData(2026, 1, 5, "ngày 05 tháng 01 năm 2026")]
    [InlineData(2026, 2, 28, "ngày 28 tháng 02 năm 2026")]
    [InlineData(2026, 3, 9, "ngày 09 tháng 3 năm 2026")]
    [InlineData(2026, 12, 31, "ngày 31 tháng 12 năm 2026")]
    public void DaysBelowTenAndMonthsBelowThreeTakeALeadingZero(int year, int month, int day, string expected) =>
        Assert.Equal(expected, VietnameseText.Date(new DateOnly(year, month, day)));

    [Fact]
    public void EachSiteHasItsCodeVerdictAndTheObjectionsReasons()
    {
        Assert.Equal(4, Letter.Sites.Count);
        Assert.Contains("QNH-MC-0033", Seed.Paragraph);
        Assert.Contains("Cần xin ý kiến", Seed.Paragraph);
        Assert.Equal([fixture.Seed["R04"].MessageVi], Seed.Reasons);
        Assert.Contains("khu vực quân sự", Seed.Reasons[0]);

        var failing = Letter.Sites.Single(s => s.SiteCode == "QNH-HL-0102");
        Assert.Contains("Không phù hợp quy hoạch", failing.Paragraph);
        Assert.Equal(fixture.Failing.Objections.Count(), failing.Reasons.Count);
        var conforming = Letter.Sites.Single(s => s.SiteCode == "QNH-VD-0007");
        Assert.Contains("Phù hợp quy hoạch", conforming.Paragraph);
        Assert.Empty(conforming.Reasons);
        // Numbered through the letter as the figures are: "Hình n" is the n-th site answered.
        Assert.Equal([1, 2, 3, 4], Letter.Sites.Select(s => s.Number));
        Assert.All(Letter.Sites.Where(s => s.Result is not null), s => Assert.StartsWith($"Hình {s.Number}.", s.FigureCaption));
    }

    [Fact]
    public void TheOpeningCitesTheCarriersIncomingDocument()
    {
        Assert.Equal(
            "Sở Khoa học và Công nghệ tỉnh Quảng Ninh nhận được Công văn số 2468/VTQN-KT ngày 03/11/2026 của Viettel Quảng Ninh – "
                + "Chi nhánh Tập đoàn Công nghiệp – Viễn thông Quân đội (người ký: Trần Văn Bình) về việc đề nghị thẩm định vị trí trạm BTS, "
                + "kèm theo hồ sơ đề nghị thẩm định vị trí 4 trạm thu phát sóng thông tin di động (trạm BTS); Sở nhận hồ sơ ngày 05/11/2026.",
            Letter.Opening
        );
        Assert.Equal("Kính gửi: Viettel Quảng Ninh – Chi nhánh Tập đoàn Công nghiệp – Viễn thông Quân đội.", Letter.RecipientLine);
    }

    [Fact]
    public void WithoutAnIncomingDocumentTheOpeningNamesTheDossierAndTheDayItWasFiled()
    {
        var letter = ReplyLetter.Compose(fixture.Rows, fixture.Plan, LetterFixture.Settings with { Incoming = null });
        Assert.Equal(
            "Sở Khoa học và Công nghệ tỉnh Quảng Ninh nhận được hồ sơ đề nghị thẩm định vị trí 4 trạm thu phát sóng thông tin di động "
                + "(trạm BTS) của Viettel Quảng Ninh – Chi nhánh Tập đoàn Công nghiệp – Viễn thông Quân đội nộp ngày 05/11/2026.",
            letter.Opening
        );
    }

    [Fact]
    public void TheLegalBasesAndThePlansApprovingDecisionAreCited_NeverThePlansContentHash()
    {
        Assert.Equal(
            [
                "Căn cứ Luật Quy hoạch số 21/2017/QH14 ngày 24 tháng 11 năm 2017;",
                "Căn cứ Luật Viễn thông số 24/2023/QH15 ngày 24 tháng 11 năm 2023;",
                "Căn cứ Nghị định số 163/2024/NĐ-CP ngày 24 tháng 12 năm 2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi "
                    + "hành Luật Viễn thông;",
                "Căn cứ Quyết định số 1234/QĐ-UBND ngày 15 tháng 6 năm 2023 của UBND tỉnh Quảng Ninh phê duyệt Quy hoạch hạ tầng kỹ thuật "
                    + "viễn thông thụ động tỉnh Quảng Ninh (dữ liệu mẫu);",
            ],
            Letter.Bases
        );
        Assert.Equal("Sau khi xem xét hồ sơ, Sở Khoa học và Công nghệ tỉnh Quảng Ninh có ý kiến như sau:", Letter.Lead);
        var hash = fixture.Plan.Version.Hash;
        Assert.DoesNotContain(Letter.Lines(), l => l.Contains(hash[..8], StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void APlanWithoutAnApprovingDecision_AnOlderBundle_IsCitedByItsName()
    {
        var older = fixture.Plan with { Metadata = fixture.Plan.Metadata with { Approval = null, LegalBases = null } };
        var letter = ReplyLetter.Compose(fixture.Rows, older, LetterFixture.Settings);
        Assert.Equal([$"Căn cứ {fixture.Plan.Metadata.PlanName};"], letter.Bases);
    }

    [Fact]
    public void ARejectedRowIsAnsweredWithWhatIsMissingAndWhatToSupply()
    {
        var group = Letter.Groups[^1];
        Assert.Equal(SiteAnswer.Incomplete, group.Answer);
        Assert.Equal("4. Các hồ sơ trạm chưa hợp lệ", group.Heading);
        var row = group.Sites.Single();
        Assert.Null(row.Result);
        Assert.Null(row.FigurePng);
        Assert.Equal(
            "4.1. Hồ sơ trạm QNH-UB-0044 (dòng 4 của danh sách) chưa hợp lệ vì loại cột Z9 không có trong quy định, đề nghị bổ sung, "
                + "hoàn thiện hồ sơ và gửi lại để Sở thẩm định.",
            row.Paragraph
        );
        Assert.Contains("bổ sung, hoàn thiện hồ sơ các trạm chưa hợp lệ", Letter.Closing[0]);
    }

    [Fact]
    public void AStoredRejectionThatNamesItsRow_IsNotNamedTwice()
    {
        // The upload stores "Dòng N, cột …: …" for the list of errors; the letter's sentence already names the row.
        var rows = new[]
        {
            new RowOutcome(
                SubmissionRow.Rejected(
                    2,
                    "Viettel",
                    "QNH-UB-0045",
                    "height_m",
                    "Dòng 2, cột Chiều cao (m): chiều cao phải là số.",
                    "Row 2, column Height (m): the height must be a number."
                ),
                null
            ),
        };
        var letter = ReplyLetter.Compose(rows, fixture.Plan, LetterFixture.Settings);
        Assert.Equal(
            "1.1. Hồ sơ trạm QNH-UB-0045 (dòng 2 của danh sách) chưa hợp lệ vì cột Chiều cao (m): chiều cao phải là số, đề nghị bổ sung, "
                + "hoàn thiện hồ sơ và gửi lại để Sở thẩm định.",
            letter.Sites.Single().Paragraph
        );
    }

    [Fact]
    public void ARuleSettledByTheAuthoritysReply_SaysOnWhatItWasSettled()
    {
        var reply = new RuleOverride(
            "R04",
            RuleOutcome.Pass,
            "Theo văn bản số 215/BCH-TM ngày 03/12/2026 của Bộ Chỉ huy Quân sự tỉnh Quảng Ninh: đồng ý.",
            "appraiser"
        );
        var rows = fixture
            .Rows.Select(r => r.Appraisal == fixture.Seed ? r with { Appraisal = fixture.Seed.WithOverrides([reply]) } : r)
            .ToList();

        var section = ReplyLetter
            .Compose(rows, fixture.Plan, LetterFixture.Settings)
            .Sites.Single(s => s.SiteCode == fixture.Seed.Site.SiteCode);

        Assert.EndsWith(
            "Kết quả thẩm định: Phù hợp quy hoạch. Theo văn bản số 215/BCH-TM ngày 03/12/2026 của Bộ Chỉ huy Quân sự tỉnh Quảng Ninh: đồng ý.",
            section.Paragraph,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("Đề nghị thẩm định vị trí trạm BTS", "về việc đề nghị thẩm định vị trí trạm BTS,")]
    [InlineData("V/v: Đề nghị thẩm định", "về việc đề nghị thẩm định,")]
    [InlineData("BTS mới tại Móng Cái", "về việc BTS mới tại Móng Cái,")]
    public void TheIncomingSubjectContinuesTheOpeningsSentence(string subject, string expected)
    {
        var settings = LetterFixture.Settings with { Incoming = new IncomingLetter("1/VT", new DateOnly(2026, 11, 3), null, subject) };
        Assert.Contains(expected, ReplyLetter.Compose(fixture.Rows, fixture.Plan, settings).Opening, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIncomingDocumentWithoutSignerOrSubject_IsCitedByNumberAndDate_AndACorrectionNamesTheLetterItReplaces()
    {
        var settings = LetterFixture.Settings with
        {
            Incoming = new IncomingLetter("2468/VTQN-KT", new DateOnly(2026, 11, 3), null, "V/v đề nghị thẩm định vị trí trạm BTS"),
            Replaces = new LetterReference("15/SKHCN-BCVT", new DateOnly(2026, 11, 10)),
        };
        var letter = ReplyLetter.Compose(fixture.Rows, fixture.Plan, settings);
        Assert.Equal(
            "Sở Khoa học và Công nghệ tỉnh Quảng Ninh nhận được Công văn số 2468/VTQN-KT ngày 03/11/2026 của Viettel Quảng Ninh – "
                + "Chi nhánh Tập đoàn Công nghiệp – Viễn thông Quân đội về việc đề nghị thẩm định vị trí trạm BTS, "
                + "kèm theo hồ sơ đề nghị thẩm định vị trí 4 trạm thu phát sóng thông tin di động (trạm BTS); Sở nhận hồ sơ ngày 05/11/2026. "
                + "Công văn này thay thế Công văn số 15/SKHCN-BCVT ngày 10/11/2026 của Sở.",
            letter.Opening
        );
        var bare = ReplyLetter.Compose(
            fixture.Rows,
            fixture.Plan,
            settings with
            {
                Incoming = new IncomingLetter("2468/VTQN-KT", new DateOnly(2026, 11, 3), null, null),
                Replaces = null,
            }
        );
        Assert.StartsWith(
            "Sở Khoa học và Công nghệ tỉnh Quảng Ninh nhận được Công văn số 2468/VTQN-KT ngày 03/11/2026 của Viettel Quảng Ninh – "
                + "Chi nhánh Tập đoàn Công nghiệp – Viễn thông Quân đội, kèm theo hồ sơ",
            bare.Opening
        );
    }

    [Fact]
    public void ConsultationSitesStandUnderTheirOwnHeading_NotUnderDoesNotConform()
    {
        var consultation = Letter.Groups.Single(g => g.Answer == SiteAnswer.Consultation);
        Assert.EndsWith(ReplyLetter.ConsultationHeading, consultation.Heading);
        Assert.Equal(["QNH-MC-0033"], consultation.Sites.Select(s => s.SiteCode));
        var refused = Letter.Groups.Single(g => g.Answer == SiteAnswer.Refused);
        Assert.Contains("không phù hợp", refused.Heading);
        Assert.Equal(["QNH-HL-0102"], refused.Sites.Select(s => s.SiteCode));
        Assert.Equal(
            [
                "1. Các vị trí Sở thống nhất",
                "2. Các vị trí không phù hợp, Sở không thống nhất",
                "3. " + ReplyLetter.ConsultationHeading,
                "4. Các hồ sơ trạm chưa hợp lệ",
            ],
            Letter.Groups.Select(g => g.Heading)
        );
    }

    [Fact]
    public void TheAppraisersDecisionPerSiteDecidesItsHeadingAndIsStated()
    {
        var decided = LetterFixture.Settings with
        {
            Decisions = new Dictionary<int, SiteDecision>
            {
                [1] = SiteDecision.WithConditions("ngụy trang cột và hạ chiều cao xuống 30 m"),
                [2] = SiteDecision.Approve(),
                [3] = SiteDecision.Refuse("Vị trí trùng hành lang tuyến đường đang mở rộng"),
            },
        };
        var letter = ReplyLetter.Compose(fixture.Rows, fixture.Plan, decided);
        SiteSection Of(string code) => letter.Sites.Single(s => s.SiteCode == code);

        Assert.Equal(SiteAnswer.ApprovedWithConditions, Of("QNH-MC-0033").Answer);
        Assert.Equal("Ý kiến của Sở: thống nhất với điều kiện: ngụy trang cột và hạ chiều cao xuống 30 m.", Of("QNH-MC-0033").Decision);
        Assert.Equal(SiteAnswer.Approved, Of("QNH-HL-0102").Answer);
        Assert.Equal("Ý kiến của Sở: thống nhất.", Of("QNH-HL-0102").Decision);
        Assert.Equal(SiteAnswer.Refused, Of("QNH-VD-0007").Answer);
        Assert.Equal("Ý kiến của Sở: không thống nhất, vì vị trí trùng hành lang tuyến đường đang mở rộng.", Of("QNH-VD-0007").Decision);
        Assert.DoesNotContain(letter.Groups, g => g.Answer == SiteAnswer.Consultation);
        Assert.Contains("thực hiện đầy đủ các điều kiện nêu trên", letter.Closing[0]);
        // The appraisal's own verdict is still reported: the decision follows it, it does not rewrite it.
        Assert.Contains("Cần xin ý kiến", Of("QNH-MC-0033").Paragraph);
        // Without a decision a site is answered by its verdict, as in the fixture's letter.
        Assert.Null(Letter.Sites.Single(s => s.SiteCode == "QNH-MC-0033").Decision);
    }

    [Fact]
    public void ApprovingWithConditionsNeedsTheConditions_RefusingNeedsTheReason()
    {
        Assert.Throws<ArgumentException>(() => SiteDecision.WithConditions(" "));
        Assert.Throws<ArgumentException>(() => SiteDecision.Refuse(""));
    }

    [Fact]
    public void TheTextHasNoInternalCodeHashEnumNameOrEnglishWord()
    {
        foreach (var line in Letter.Lines())
            LetterLanguage.AssertAdministrativeVietnamese(line);
    }

    [Fact]
    public void TheFigureLegendsNameFeaturesWithoutRuleOrFeatureIds()
    {
        foreach (var result in fixture.Results)
        {
            var lines = fixture.Figure.LegendLines(result);
            Assert.NotEmpty(lines);
            foreach (var line in lines)
            {
                LetterLanguage.AssertAdministrativeVietnamese(line);
                Assert.DoesNotMatch(@"\b[ZR]-[A-Z0-9-]+", line);
            }
        }
        Assert.Contains(fixture.Figure.LegendLines(fixture.Failing), l => l.Contains("Vịnh Hạ Long", StringComparison.Ordinal));
    }

    [Fact]
    public void CoordinatesAreVn2000TM3WithXTheNorthingAndYTheEasting()
    {
        var seed = Seed.Coordinates!;
        var (e, n) = ProjectionTransform.For(5899).Forward(107.97826, 21.53008);
        Assert.Equal(5899, seed.Epsg);
        Assert.Equal(n, seed.XNorthingM, 6);
        Assert.Equal(e, seed.YEastingM, 6);
        Assert.InRange(seed.XNorthingM, 2_300_000, 2_450_000);
        Assert.InRange(seed.YEastingM, 400_000, 600_000);
        Assert.Contains($"X = {VietnameseText.Metres(n)} m, Y = {VietnameseText.Metres(e)} m", Seed.Paragraph);
        Assert.Contains("kinh tuyến trục 107°45′", Seed.Paragraph);
    }

    [Fact]
    public void TheCopyListIsDashedWithSemicolonsAndEndsWithTheArchiveLineAndAFullStop()
    {
        var lines = Letter.CopyRecipientLines().ToList();
        Assert.Equal("- Như trên;", lines[0]);
        Assert.Equal("- Bộ Chỉ huy Quân sự tỉnh;", lines[1]);
        Assert.Equal("- Lưu: VT, BCVT.", lines[^1]);
        Assert.Equal("KT. GIÁM ĐỐC", Letter.SigningAuthority);
        Assert.Equal("PHÓ GIÁM ĐỐC", Letter.SignerTitle);
    }

    [Fact]
    public void EveryLineIsComposedUnicode()
    {
        foreach (var line in Letter.Lines())
            Assert.Equal(line.Normalize(NormalizationForm.FormC), line);
        var decomposed = LetterFixture.Settings with { SignerName = "Nguyễn Văn An".Normalize(NormalizationForm.FormD) };
        Assert.Equal("Nguyễn Văn An", ReplyLetter.Compose(fixture.Results, fixture.Plan, decomposed).SignerName);
    }

    [Fact]
    public void ALetterOnOneSiteNamesNoCountAndClosesOnlyOnItsVerdict()
    {
        var single = ReplyLetter.Compose([fixture.Conforming], fixture.Plan, LetterFixture.Settings);
        Assert.Equal("V/v trả lời thẩm định vị trí trạm BTS của Viettel", single.Subject);
        Assert.Contains("triển khai lắp đặt", single.Closing[0]);
        Assert.DoesNotContain("xin ý kiến", single.Closing[0]);
        Assert.EndsWith("biết và thực hiện./.", single.Closing[^1]);
    }

    [Fact]
    public void AWarningIsANoteThatLeavesTheVerdictAlone()
    {
        // Declared in another commune: R02 warns, and the letter says where the site really is.
        var elsewhere = fixture.Conforming.Site with { DeclaredCommuneCode = "06712" };
        var result = new Core.Appraisal.AppraisalEngine(fixture.Index).Appraise(elsewhere);
        Assert.Equal(RuleOutcome.Warn, result["R02"].Outcome);
        Assert.Equal(Verdict.Conforms, result.Verdict);
        var section = ReplyLetter.Compose([result], fixture.Plan, LetterFixture.Settings).Sites.Single();
        Assert.Empty(section.Reasons);
        Assert.Equal(["Lưu ý: " + result["R02"].MessageVi], section.Notes);
    }

    [Fact]
    public void ALetterAnswersAtLeastOneSite() =>
        Assert.Throws<ArgumentException>(() => ReplyLetter.Compose(Array.Empty<RowOutcome>(), fixture.Plan, LetterFixture.Settings));
}

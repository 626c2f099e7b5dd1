using System.Text;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Geodesy;

namespace TelecomGis.Reports.Tests;

/// <summary>What the letter says, before any layout: Decree 30/2020/NĐ-CP's parts, the verdicts and the reasons.</summary>
[Collection(OneLetter.Name)]
public sealed class ReplyLetterTests(LetterFixture fixture)
{
    private ReplyLetter Letter => fixture.Letter;

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
        Assert.StartsWith("V/v trả lời thẩm định vị trí 3 trạm BTS", Letter.Subject);
        Assert.Equal("Kính gửi: Tổng Công ty Công nghiệp - Viễn thông Quân đội (Viettel).", Letter.RecipientLine);
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
        Assert.Equal(3, Letter.Sites.Count);
        var seed = Letter.Sites[0];
        Assert.Contains("QNH-MC-0033", seed.Paragraph);
        Assert.Contains("Cần xin ý kiến", seed.Paragraph);
        Assert.Equal([fixture.Seed["R04"].MessageVi], seed.Reasons);
        Assert.Contains("Khu vực quân sự", seed.Reasons[0]);

        Assert.Contains("Không phù hợp quy hoạch", Letter.Sites[1].Paragraph);
        Assert.Equal(fixture.Failing.Objections.Count(), Letter.Sites[1].Reasons.Count);
        Assert.Contains("Phù hợp quy hoạch", Letter.Sites[2].Paragraph);
        Assert.Empty(Letter.Sites[2].Reasons);
    }

    [Fact]
    public void CoordinatesAreVn2000TM3WithXTheNorthingAndYTheEasting()
    {
        var seed = Letter.Sites[0].Coordinates;
        var (e, n) = ProjectionTransform.For(5899).Forward(107.97826, 21.53008);
        Assert.Equal(5899, seed.Epsg);
        Assert.Equal(n, seed.XNorthingM, 6);
        Assert.Equal(e, seed.YEastingM, 6);
        Assert.InRange(seed.XNorthingM, 2_300_000, 2_450_000);
        Assert.InRange(seed.YEastingM, 400_000, 600_000);
        Assert.Contains($"X = {VietnameseText.Metres(n)} m, Y = {VietnameseText.Metres(e)} m", Letter.Sites[0].Paragraph);
        Assert.Contains("kinh tuyến trục 107°45′", Letter.Sites[0].Paragraph);
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
        Assert.Throws<ArgumentException>(() => ReplyLetter.Compose([], fixture.Plan, LetterFixture.Settings));
}

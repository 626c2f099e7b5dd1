using DocumentFormat.OpenXml.Packaging;

namespace TelecomGis.Reports.Tests;

/// <summary>The request for an opinion: to the authority each rule names, in the letter's administrative form, with the measured reason.</summary>
[Collection(OneLetter.Name)]
public sealed class ConsultationRequestTests(LetterFixture fixture)
{
    [Theory]
    [InlineData("R04", "Bộ Chỉ huy Quân sự tỉnh Quảng Ninh")]
    [InlineData("R10", "Cục Hàng không Việt Nam")]
    [InlineData("R11", "Cục Tác chiến - Bộ Tổng Tham mưu")]
    public void EachConsultationRule_NamesItsAuthorityFirst(string rule, string authority) =>
        Assert.Equal(authority, ConsultationRequest.AuthoritiesFor(rule, "Quảng Ninh")[0]);

    [Fact]
    public void ARuleThatNamesNoAuthority_HasNone() => Assert.Empty(ConsultationRequest.AuthoritiesFor("R09", "Quảng Ninh"));

    [Fact]
    public void TheSeedsRequest_GoesToTheMilitaryCommand_WithItsPositionHeightAndTheMeasuredReason()
    {
        var seed = fixture.Seed;
        var request = ConsultationRequest.Compose(seed, "R04", fixture.Plan, LetterFixture.Settings, "Công văn số 12/VTQN ngày 01/12/2026");
        Assert.Equal(["Bộ Chỉ huy Quân sự tỉnh Quảng Ninh"], request.Recipients);
        Assert.Equal($"V/v xin ý kiến về vị trí trạm BTS {seed.Site.SiteCode} của {seed.Site.Carrier}", request.Subject);
        var text = string.Join("\n", request.Lines());
        Assert.Contains("(Công văn số 12/VTQN ngày 01/12/2026)", text);
        Assert.Contains("Tọa độ VN-2000 (kinh tuyến trục", text);
        Assert.Contains("Tọa độ WGS 84: vĩ độ", text);
        Assert.Contains(seed.Results.Single(r => r.RuleId == "R04").MessageVi, text);

        using var document = WordprocessingDocument.Open(new MemoryStream(DocxConsultationWriter.Write(request)), false);
        var body = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", body);
        Assert.Contains("Kính gửi: Bộ Chỉ huy Quân sự tỉnh Quảng Ninh.", body);
        Assert.Contains(request.NumberLine, body);
    }

    [Fact]
    public void ACorrectedLetter_SaysWhichLetterItReplaces()
    {
        var settings = LetterFixture.Settings with { Replaces = new LetterReference("07/SKHCN-BCVT", new DateOnly(2026, 12, 1)) };
        var letter = ReplyLetter.Compose(fixture.Results, fixture.Plan, settings);
        Assert.Contains("Công văn này thay thế Công văn số 07/SKHCN-BCVT ngày 01/12/2026 của Sở.", letter.Opening);
        Assert.DoesNotContain("thay thế", fixture.Letter.Opening);
    }
}

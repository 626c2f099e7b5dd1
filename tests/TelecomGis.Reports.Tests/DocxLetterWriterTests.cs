using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TelecomGis.Reports.Tests;

/// <summary>The Word letter, read back with OpenXML: its text, the decree's page setup and type, the embedded figures.</summary>
[Collection(OneLetter.Name)]
public sealed class DocxLetterWriterTests(LetterFixture fixture)
{
    private const double MmPerTwip = 25.4 / 1440;

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    [Fact]
    public void ItOpensAndContainsTheMottoTheDepartmentEverySiteWithItsVerdictAndTheR04Reason()
    {
        using var doc = Open(fixture.Docx);
        var text = string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ", text);
        Assert.Contains("Sở Khoa học và Công nghệ tỉnh Quảng Ninh", text);
        Assert.Contains("Số: 123/SKHCN-BCVT", text);
        Assert.Contains("Quảng Ninh, ngày 22 tháng 11 năm 2026", text);
        foreach (var r in fixture.Results)
        {
            Assert.Contains(r.Site.SiteCode, text);
            Assert.Contains(
                r.Verdict switch
                {
                    Core.Appraisal.Verdict.Conforms => "Phù hợp quy hoạch",
                    Core.Appraisal.Verdict.DoesNotConform => "Không phù hợp quy hoạch",
                    _ => "Cần xin ý kiến cơ quan có thẩm quyền",
                },
                text
            );
        }
        Assert.Contains(fixture.Seed["R04"].MessageVi, text);
        Assert.Contains("KT. GIÁM ĐỐC", text);
        Assert.Contains("Nơi nhận:", text);
    }

    [Fact]
    public void ItIsValidAgainstTheOfficeSchema()
    {
        using var doc = Open(fixture.Docx);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator()
            .Validate(doc)
            .Select(e => $"{e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void ThePageIsA4WithTheDecreesMargins()
    {
        using var doc = Open(fixture.Docx);
        var section = doc.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(210, size.Width!.Value * MmPerTwip, 0);
        Assert.Equal(297, size.Height!.Value * MmPerTwip, 0);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.InRange(margin.Top!.Value * MmPerTwip, 19.95, 25.05);
        Assert.InRange(margin.Bottom!.Value * MmPerTwip, 19.95, 25.05);
        Assert.InRange(margin.Left!.Value * MmPerTwip, 29.95, 35.05);
        Assert.InRange(margin.Right!.Value * MmPerTwip, 14.95, 20.05);
    }

    [Fact]
    public void TheTypeIsTimesNewRomanAndTheBodyThirteenToFourteenPointJustified()
    {
        using var doc = Open(fixture.Docx);
        var defaults = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        var body = doc
            .MainDocumentPart.Document!.Body!.Elements<Paragraph>()
            .Single(p => p.InnerText.StartsWith("Sở Khoa học và Công nghệ tỉnh Quảng Ninh nhận được", StringComparison.Ordinal));
        Assert.Equal(JustificationValues.Both, body.ParagraphProperties!.Justification!.Val!.Value);
        var halfPoints = int.Parse(body.Descendants<FontSize>().First().Val!.Value!, CultureInfo.InvariantCulture);
        Assert.InRange(halfPoints, 26, 28);
    }

    [Fact]
    public void TheHeaderIsATwoColumnTableWithTheDepartmentLeftAndTheUnderlinedMottoRight()
    {
        using var doc = Open(fixture.Docx);
        var header = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().First();
        var cells = header.Descendants<TableCell>().ToList();
        Assert.Equal(2, cells.Count);
        Assert.Contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ", cells[0].InnerText);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", cells[1].InnerText);
        var motto = cells[1].Descendants<Run>().Single(r => r.InnerText == "Độc lập - Tự do - Hạnh phúc");
        Assert.NotNull(motto.RunProperties!.Bold);
        Assert.Equal(UnderlineValues.Single, motto.RunProperties.Underline!.Val!.Value);
    }

    [Fact]
    public void PagesAreNumberedInTheHeaderFromTheSecondPageOn()
    {
        using var doc = Open(fixture.Docx);
        var section = doc.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var references = section.Elements<HeaderReference>().ToDictionary(r => r.Type!.Value, r => r.Id!.Value!);
        var numbered = (HeaderPart)doc.MainDocumentPart.GetPartById(references[HeaderFooterValues.Default]);
        Assert.Contains("PAGE", numbered.Header!.Descendants<SimpleField>().Single().Instruction!.Value);
        var first = (HeaderPart)doc.MainDocumentPart.GetPartById(references[HeaderFooterValues.First]);
        Assert.Empty(first.Header!.Descendants<SimpleField>());
    }

    [Fact]
    public void EverySiteFigureIsEmbeddedAsAPng()
    {
        using var doc = Open(fixture.Docx);
        var images = doc.MainDocumentPart!.ImageParts.ToList();
        Assert.Equal(3, images.Count);
        Assert.All(images, i => Assert.Equal("image/png", i.ContentType));
        Assert.Equal(3, doc.MainDocumentPart.Document!.Body!.Descendants<Drawing>().Count());
    }
}

using System.Text;

namespace TelecomGis.Reports.Tests;

/// <summary>The PDF letter, read back with poppler's pdftotext and pdfimages as any reader would: magic, pages, text, figures.</summary>
[Collection(OneLetter.Name)]
public sealed class PdfLetterWriterTests(LetterFixture fixture)
{
    private string Text()
    {
        var path = Path.Combine(Path.GetTempPath(), $"letter-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, fixture.Pdf);
        try
        {
            // pdftotext may hand back decomposed marks; compare in the letter's composed form.
            return ExternalTool.Run("pdftotext", "-enc", "UTF-8", path, "-").Normalize(NormalizationForm.FormC);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AMissingReaderFailsTheTestInsteadOfSkippingIt() =>
        Assert.Throws<InvalidOperationException>(() => ExternalTool.Run("pdftotext-that-is-not-installed", "-v"));

    [Fact]
    public void TheSameLetterGivesTheSameBytes() => Assert.Equal(fixture.Pdf, PdfLetterWriter.Write(fixture.Letter, fixture.Fonts));

    [Fact]
    public void TheTypefaceIsASerifWithVietnameseGlyphs()
    {
        Assert.Matches(@"(LiberationSerif-Regular|DejaVuSerifCondensed|DejaVuSerif)\.ttf$", fixture.Fonts.SerifFile);
        using var font = new SkiaSharp.SKFont(fixture.Fonts.Regular);
        Assert.True(font.ContainsGlyphs("Cộng hòa xã hội chủ nghĩa Việt Nam ĐƯỜNG Ữ ỹ"));
    }

    [Fact]
    public void ItIsAPdf() => Assert.Equal("%PDF-"u8.ToArray(), fixture.Pdf[..5]);

    [Fact]
    public void ThreeSitesWithTheirFiguresTakeThreePages()
    {
        Assert.Equal(3, fixture.PdfPages);
        // pdftotext ends every page with a form feed.
        Assert.Equal(3, Text().Count(c => c == '\f'));
    }

    [Fact]
    public void TheTextHasTheMottoTheDepartmentAndTheConsultationVerdict()
    {
        var text = Text();
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ", text);
        Assert.Contains("Cần xin ý kiến", text);
        Assert.Contains("Không phù hợp quy hoạch", text);
        Assert.Contains("QNH-MC-0033", text);
        Assert.Contains("Nguyễn Văn An", text);
    }

    [Fact]
    public void TheFiguresAreEmbeddedLosslessNotAsJpeg()
    {
        // pdfimages -list: one row per image after two header lines; column 9 is the encoding ("image" = Flate, "jpeg" = DCT).
        var path = Path.Combine(Path.GetTempPath(), $"letter-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, fixture.Pdf);
        try
        {
            var rows = ExternalTool.Run("pdfimages", "-list", path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.Equal(3, rows.Count);
            Assert.All(rows, r => Assert.Equal("image", r.Split(' ', StringSplitOptions.RemoveEmptyEntries)[8]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void PagesAfterTheFirstAreNumberedAtTheTop()
    {
        var pages = Text().Split('\f');
        Assert.Equal("2", pages[1].Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim());
        Assert.NotEqual("1", pages[0].Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim());
    }
}

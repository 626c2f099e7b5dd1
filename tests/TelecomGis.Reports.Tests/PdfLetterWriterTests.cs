using System.Text;

namespace TelecomGis.Reports.Tests;

/// <summary>The PDF letter, read back with poppler's pdftotext and pdfimages as any reader would: magic, pages, text, figures.</summary>
[Collection(OneLetter.Name)]
public sealed class PdfLetterWriterTests(LetterFixture fixture)
{
    private string Text() => Read("pdftotext", "-enc", "UTF-8", "{pdf}", "-").Normalize(NormalizationForm.FormC);

    /// <summary>The text with every run of white space (line breaks of the justified paragraphs, page breaks) as one space.</summary>
    private string Flowing() => string.Join(' ', Text().Split((char[])[' ', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Runs a poppler tool on the letter written to a temporary file ("{pdf}" in the arguments).</summary>
    private string Read(string tool, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"letter-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, fixture.Pdf);
        try
        {
            // pdftotext may hand back decomposed marks; callers compare in the letter's composed form.
            return ExternalTool.Run(tool, [.. arguments.Select(a => a == "{pdf}" ? path : a)]);
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
    public void TheTypefaceIsLiberationSerifWithVietnameseGlyphs()
    {
        // Times New Roman's metrics, as the .docx names Times New Roman: the two lay the text out alike.
        Assert.EndsWith("/liberation2/LiberationSerif-Regular.ttf", fixture.Fonts.SerifFile);
        using var font = new SkiaSharp.SKFont(fixture.Fonts.Regular);
        Assert.True(font.ContainsGlyphs("Cộng hòa xã hội chủ nghĩa Việt Nam ĐƯỜNG Ữ ỹ"));
    }

    [Fact]
    public void ItIsAPdf() => Assert.Equal("%PDF-"u8.ToArray(), fixture.Pdf[..5]);

    [Fact]
    public void FourRowsWithThreeFiguresTakeFivePages()
    {
        Assert.Equal(5, fixture.PdfPages);
        // pdftotext ends every page with a form feed.
        Assert.Equal(5, Text().Count(c => c == '\f'));
    }

    [Fact]
    public void EveryFontEmbeddedIsLiberationSerif()
    {
        // pdffonts: two header lines, then name, type, encoding, emb, sub, uni, object, generation.
        var rows = Read("pdffonts", "{pdf}").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            var columns = r.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Matches(@"^([A-Z]{6}\+)?LiberationSerif(-Bold|-Italic|-BoldItalic)?$", columns[0]);
            Assert.Equal("yes", columns[^5]);
        });
        Assert.Contains(rows, r => r.Contains("LiberationSerif-Bold", StringComparison.Ordinal));
    }

    [Fact]
    public void TheOpeningCitesTheIncomingDocumentAndTheCanCuLinesFollow()
    {
        var text = Flowing();
        Assert.Contains("nhận được Công văn số 2468/VTQN-KT ngày 03/11/2026 của Viettel Quảng Ninh", text);
        Assert.Contains("Căn cứ Luật Viễn thông số 24/2023/QH15 ngày 24 tháng 11 năm 2023;", text);
        Assert.Contains("Căn cứ Quyết định số 1234/QĐ-UBND ngày 15 tháng 6 năm 2023 của UBND tỉnh Quảng Ninh phê duyệt", text);
        Assert.True(text.IndexOf("Căn cứ", StringComparison.Ordinal) > text.IndexOf("Công văn số 2468", StringComparison.Ordinal));
    }

    [Fact]
    public void TheRejectedRowIsAnsweredAndConsultationSitesHaveTheirOwnHeading()
    {
        var text = Flowing();
        Assert.Contains(
            "Hồ sơ trạm QNH-UB-0044 (dòng 4 của danh sách) chưa hợp lệ vì loại cột Z9 không có trong quy định, đề nghị bổ sung",
            text
        );
        var consultation = text.IndexOf("3. " + ReplyLetter.ConsultationHeading, StringComparison.Ordinal);
        Assert.True(consultation > 0);
        // The Móng Cái tower stands under it, after the heading of the sites that do not conform.
        Assert.True(text.IndexOf("Trạm QNH-MC-0033", StringComparison.Ordinal) > consultation);
        Assert.True(text.IndexOf("không phù hợp, Sở không thống nhất", StringComparison.Ordinal) < consultation);
    }

    [Fact]
    public void ThePdfTextHasNoInternalCodeHashOrEnglishWord()
    {
        var text = Flowing();
        // Only the producer's name is the program's own: it is metadata, not text, and pdftotext does not print it.
        LetterLanguage.AssertAdministrativeVietnamese(text);
        Assert.DoesNotContain("R0", text);
        Assert.DoesNotContain(fixture.Plan.Version.Short, text);
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
        Assert.Contains(ReplyLetter.ConsultationHeading, text);
        Assert.Contains("QNH-MC-0033", text);
        Assert.Contains("Nguyễn Văn An", text);
    }

    [Fact]
    public void TheFiguresAreEmbeddedLosslessNotAsJpeg()
    {
        // pdfimages -list: one row per image after two header lines; column 9 is the encoding ("image" = Flate, "jpeg" = DCT).
        var rows = Read("pdfimages", "-list", "{pdf}").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("image", r.Split(' ', StringSplitOptions.RemoveEmptyEntries)[8]));
    }

    [Fact]
    public void PagesAfterTheFirstAreNumberedAtTheTop()
    {
        var pages = Text().Split('\f');
        Assert.Equal("2", pages[1].Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim());
        Assert.NotEqual("1", pages[0].Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim());
    }
}

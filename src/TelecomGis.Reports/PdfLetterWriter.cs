using SkiaSharp;
using static TelecomGis.Reports.DecreeLayout;

namespace TelecomGis.Reports;

/// <summary>
/// Writes a reply letter as PDF with SkiaSharp, in the same layout as <see cref="DocxLetterWriter"/>: the decree's margins,
/// the two-column header, justified body, the figures, the copy list beside the signature.
/// </summary>
/// <remarks>
/// The typeface is the first serif with Vietnamese glyphs <see cref="LetterFonts"/> finds (Liberation Serif, Times New Roman's
/// metric twin, else DejaVu Serif Condensed, which is wider: the national name, the motto and the date shrink to stay on one line).
/// </remarks>
public static class PdfLetterWriter
{
    public static byte[] Write(ReplyLetter letter, LetterFonts fonts)
    {
        using var stream = new MemoryStream();
        Write(letter, fonts, stream);
        return stream.ToArray();
    }

    /// <returns>The number of pages written.</returns>
    public static int Write(ReplyLetter letter, LetterFonts fonts, Stream output)
    {
        // Start from Skia's defaults: a bare struct initialiser leaves EncodingQuality at 0, and the figures come out as
        // grey JPEG mush. 101 keeps them lossless (Flate), which a map with small labels needs.
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = VietnameseText.Nfc(letter.Subject);
        metadata.Author = VietnameseText.Nfc(letter.DepartmentName);
        metadata.Creator = "TelecomGis";
        metadata.Producer = "TelecomGis (SkiaSharp)";
        metadata.EncodingQuality = 101;
        // Dated as the letter, not the clock: the same letter gives the same bytes, as an appraisal gives the same verdict.
        var signed = letter.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        metadata.Creation = signed;
        metadata.Modified = signed;
        using var document = SKDocument.CreatePdf(output, metadata);
        int pages;
        using (var flow = new PdfPageFlow(document, fonts))
        {
            Header(flow, letter, fonts);
            flow.Paragraph(letter.RecipientLine, fonts.Regular, BodyPt, TextAlignment.Center, spaceBeforePt: 10, spaceAfterPt: 10);
            var indent = (float)FirstLineIndentMm * PdfPageFlow.PointsPerMm;
            var after = (float)ParagraphSpacingPt;
            flow.Paragraph(letter.Opening, fonts.Regular, BodyPt, TextAlignment.Justify, indent, spaceAfterPt: after);
            foreach (var basis in letter.Bases)
                flow.Paragraph(basis, fonts.Italic, BodyPt, TextAlignment.Justify, indent, spaceAfterPt: after);
            flow.Paragraph(letter.Lead, fonts.Regular, BodyPt, TextAlignment.Justify, indent, spaceAfterPt: after);
            foreach (var group in letter.Groups)
            {
                // A heading is not left alone at the foot of a page: room for it and two lines of its first site.
                flow.EnsureRoom(3 * PdfPageFlow.LineHeight(BodyPt) + after);
                flow.Paragraph(group.Heading, fonts.Bold, BodyPt, TextAlignment.Justify, indent, spaceAfterPt: after);
                foreach (var site in group.Sites)
                {
                    flow.Paragraph(site.Paragraph, fonts.Regular, BodyPt, TextAlignment.Justify, indent, spaceAfterPt: after);
                    foreach (var reason in site.Reasons)
                        flow.Paragraph("- " + reason, fonts.Regular, BodyPt, TextAlignment.Justify, indent, spaceAfterPt: after);
                    if (site.Decision is not null)
                        flow.Paragraph(site.Decision, fonts.Regular, BodyPt, TextAlignment.Justify, indent, spaceAfterPt: after);
                    foreach (var note in site.Notes)
                        flow.Paragraph(note, fonts.Italic, BodyPt, TextAlignment.Justify, indent, spaceAfterPt: after);
                    if (site.FigurePng is not null)
                    {
                        // The caption stays with its figure: two lines of it must fit under the image.
                        flow.Image(
                            site.FigurePng,
                            (float)FigureWidthMm * PdfPageFlow.PointsPerMm,
                            spaceBeforePt: 4,
                            keepWithNextPt: 2 * PdfPageFlow.LineHeight(SubjectPt) + 4
                        );
                        flow.Paragraph(
                            site.FigureCaption,
                            fonts.Italic,
                            SubjectPt,
                            TextAlignment.Center,
                            spaceBeforePt: 4,
                            spaceAfterPt: 10
                        );
                    }
                }
            }
            foreach (var closing in letter.Closing)
                flow.Paragraph(closing, fonts.Regular, BodyPt, TextAlignment.Justify, indent, spaceAfterPt: after);
            Signature(flow, letter, fonts);
            pages = flow.PageCount;
        }
        document.Close();
        return pages;
    }

    private static void Header(PdfPageFlow flow, ReplyLetter letter, LetterFonts fonts)
    {
        var pad = (float)ColumnPaddingMm * PdfPageFlow.PointsPerMm;
        var leftWidth = (float)HeaderLeftColumnMm * PdfPageFlow.PointsPerMm - 2 * pad;
        var rightWidth = PdfPageFlow.TextWidth - leftWidth - 4 * pad;
        var x = PdfPageFlow.Left + pad;
        var y = PdfPageFlow.Top;

        var issuer = flow.Column(
            [
                (letter.GoverningBody, fonts.Regular, FitPt(letter.GoverningBody, fonts.Regular, HeaderPt, leftWidth), false, 0f),
                // The issuing body may take two lines (Appendix I, II.2): it shrinks to 11 pt at most, then wraps.
                (
                    letter.DepartmentHeading,
                    fonts.Bold,
                    Math.Max(11, FitPt(letter.DepartmentHeading, fonts.Bold, HeaderPt, leftWidth)),
                    false,
                    0f
                ),
            ],
            x,
            leftWidth,
            y
        );
        flow.CentredRule(x, leftWidth, issuer + 4, 0.4f);
        var left = flow.Column(
            [(letter.NumberLine, fonts.Regular, BodyPt, false, 10f), (letter.Subject, fonts.Regular, SubjectPt, false, 4f)],
            x,
            leftWidth,
            issuer + 3
        );

        // The national name and the motto stay on one line each: shrink rather than wrap when the face is wider than Times.
        var right = flow.Column(
            [
                (ReplyLetter.NationalName, fonts.Bold, FitPt(ReplyLetter.NationalName, fonts.Bold, NationalNamePt, rightWidth), false, 0f),
                (ReplyLetter.Motto, fonts.Bold, FitPt(ReplyLetter.Motto, fonts.Bold, MottoPt, rightWidth), true, 0f),
                (letter.PlaceAndDate, fonts.Italic, FitPt(letter.PlaceAndDate, fonts.Italic, BodyPt, rightWidth), false, 16f),
            ],
            x + leftWidth + 2 * pad,
            rightWidth,
            y
        );
        flow.Y = Math.Max(left, right) + 6;
    }

    private static void Signature(PdfPageFlow flow, ReplyLetter letter, LetterFonts fonts)
    {
        var copyLines = letter.CopyRecipientLines().ToList();
        var height =
            Math.Max(
                PdfPageFlow.LineHeight(CopyHeadingPt) + copyLines.Count * PdfPageFlow.LineHeight(CopyListPt) * 1.5f,
                3 * PdfPageFlow.LineHeight(BodyPt) + 85
            ) + 12;
        flow.EnsureRoom(height);
        var half = PdfPageFlow.TextWidth / 2;
        var y = flow.Y + 12;
        flow.Y = y;
        flow.Paragraph(
            ReplyLetter.CopyListHeading,
            fonts.BoldItalic,
            CopyHeadingPt,
            TextAlignment.Left,
            x: PdfPageFlow.Left,
            width: half - 10
        );
        foreach (var line in copyLines)
            flow.Paragraph(line, fonts.Regular, CopyListPt, TextAlignment.Left, x: PdfPageFlow.Left, width: half - 10);
        var copiesEnd = flow.Y;
        var right = flow.Column(
            [
                (letter.SigningAuthority, fonts.Bold, BodyPt, false, 0f),
                (letter.SignerTitle, fonts.Bold, BodyPt, false, 0f),
                // Room for the signature and the seal, about 3 cm.
                (letter.SignerName, fonts.Bold, BodyPt, false, 85f),
            ],
            PdfPageFlow.Left + half,
            half,
            y
        );
        flow.Y = Math.Max(copiesEnd, right);
    }

    /// <summary>The size, at most <paramref name="pt"/>, at which the text fits the width on one line.</summary>
    private static double FitPt(string text, SKTypeface face, double pt, float width)
    {
        text = VietnameseText.Nfc(text);
        // Ask the wrapper itself, a quarter point at a time: it measures word by word, which is what has to fit.
        for (; pt > 8; pt -= 0.25)
        {
            using var font = new SKFont(face, (float)pt);
            if (PdfPageFlow.Wrap(text, font, width, 0).Count == 1)
                break;
        }
        return pt;
    }
}

using SkiaSharp;

namespace TelecomGis.Reports;

/// <summary>
/// Pours text and images down A4 pages of an <see cref="SKDocument"/>: wraps words by measured width, justifies, breaks pages
/// at the bottom margin and numbers every page after the first at the top centre (Decree 30/2020/NĐ-CP, Appendix I, II.11).
/// SkiaSharp has no paragraph layout of its own (no shaping either: text is NFC and drawn glyph by glyph), hence this.
/// </summary>
internal sealed class PdfPageFlow : IDisposable
{
    public const float PointsPerMm = 72f / 25.4f;

    private readonly SKDocument _document;
    private readonly LetterFonts _fonts;
    private SKCanvas? _canvas;

    public PdfPageFlow(SKDocument document, LetterFonts fonts)
    {
        _document = document;
        _fonts = fonts;
        NewPage();
    }

    public static float PageWidth => (float)DecreeLayout.PageWidthMm * PointsPerMm;
    public static float PageHeight => (float)DecreeLayout.PageHeightMm * PointsPerMm;
    public static float Left => (float)DecreeLayout.LeftMarginMm * PointsPerMm;
    public static float Top => (float)DecreeLayout.TopMarginMm * PointsPerMm;
    public static float Bottom => PageHeight - (float)DecreeLayout.BottomMarginMm * PointsPerMm;
    public static float TextWidth => (float)DecreeLayout.TextWidthMm * PointsPerMm;

    public SKCanvas Canvas => _canvas!;
    public int PageCount { get; private set; }

    /// <summary>The top of the next thing to draw, in points from the page's top edge.</summary>
    public float Y { get; set; }

    public void NewPage()
    {
        if (_canvas is not null)
            _document.EndPage();
        _canvas = _document.BeginPage(PageWidth, PageHeight);
        PageCount++;
        Y = Top;
        if (PageCount > 1)
        {
            using var font = new SKFont(_fonts.Regular, (float)DecreeLayout.BodyPt);
            using var ink = Ink();
            _canvas.DrawText(
                PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Left + TextWidth / 2,
                Top * 0.6f,
                SKTextAlign.Center,
                font,
                ink
            );
        }
    }

    /// <summary>Starts a new page unless <paramref name="heightPt"/> still fits above the bottom margin.</summary>
    public void EnsureRoom(float heightPt)
    {
        if (Y + heightPt > Bottom && Y > Top)
            NewPage();
    }

    /// <summary>A paragraph across the text width (or a column of it), breaking pages between lines.</summary>
    public void Paragraph(
        string text,
        SKTypeface face,
        double pt,
        TextAlignment align,
        float firstIndentPt = 0,
        float spaceBeforePt = 0,
        float spaceAfterPt = 0,
        float x = -1,
        float width = -1
    )
    {
        x = x < 0 ? Left : x;
        width = width < 0 ? TextWidth : width;
        using var font = new SKFont(face, (float)pt);
        var lineHeight = LineHeight(pt);
        Y += spaceBeforePt;
        var lines = Wrap(VietnameseText.Nfc(text), font, width, firstIndentPt);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureRoom(lineHeight);
            var indent = i == 0 ? firstIndentPt : 0;
            DrawLine(Canvas, lines[i], font, x + indent, Y + (float)pt, width - indent, align);
            Y += lineHeight;
        }
        Y += spaceAfterPt;
    }

    /// <summary>Lines of a column laid out from <paramref name="y"/> without page breaks (the header and the signature block).</summary>
    public float Column(
        IEnumerable<(string Text, SKTypeface Face, double Pt, bool Underline, float SpaceBefore)> items,
        float x,
        float width,
        float y
    )
    {
        foreach (var (text, face, pt, underline, before) in items)
        {
            y += before;
            using var font = new SKFont(face, (float)pt);
            foreach (var line in Wrap(VietnameseText.Nfc(text), font, width, 0))
            {
                var baseline = y + (float)pt;
                DrawLine(Canvas, line, font, x, baseline, width, TextAlignment.Center);
                if (underline)
                {
                    using var pen = Pen(0.8f);
                    var start = x + (width - line.WidthPt) / 2;
                    Canvas.DrawLine(start, baseline + 2.5f, start + line.WidthPt, baseline + 2.5f, pen);
                }
                y += LineHeight(pt);
            }
        }
        return y;
    }

    /// <summary>A rule centred in a column, <paramref name="fraction"/> of its width: the line under the issuing body.</summary>
    public void CentredRule(float x, float width, float y, float fraction)
    {
        using var pen = Pen(0.8f);
        var length = width * fraction;
        Canvas.DrawLine(x + (width - length) / 2, y, x + (width + length) / 2, y, pen);
    }

    /// <summary>A PNG centred on the text width, moved to the next page when it does not fit.</summary>
    /// <param name="keepWithNextPt">Room to keep below the image on the same page (its caption).</param>
    public void Image(byte[] png, float widthPt, float spaceBeforePt, float keepWithNextPt = 0)
    {
        using var image = SKImage.FromEncodedData(png)
            ?? throw new ArgumentException("The figure is not an image SkiaSharp can decode.", nameof(png));
        var heightPt = widthPt * image.Height / image.Width;
        Y += spaceBeforePt;
        EnsureRoom(heightPt + keepWithNextPt);
        var x = Left + (TextWidth - widthPt) / 2;
        Canvas.DrawImage(image, new SKRect(x, Y, x + widthPt, Y + heightPt), new SKSamplingOptions(SKCubicResampler.Mitchell));
        Y += heightPt;
    }

    public static float LineHeight(double pt) => (float)(pt * 1.2);

    /// <summary>Greedy wrapping by measured width; a word wider than the line is left to overhang rather than split mid-syllable.</summary>
    internal static List<TextLine> Wrap(string text, SKFont font, float width, float firstIndentPt)
    {
        var lines = new List<TextLine>();
        var space = font.MeasureText(" ");
        var words = new List<string>();
        var lineWidth = 0f;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = font.MeasureText(word);
            var available = width - (lines.Count == 0 ? firstIndentPt : 0);
            if (words.Count > 0 && lineWidth + space + w > available)
            {
                lines.Add(new TextLine([.. words], lineWidth, false));
                words.Clear();
                lineWidth = 0;
            }
            lineWidth += (words.Count > 0 ? space : 0) + w;
            words.Add(word);
        }
        if (words.Count > 0 || lines.Count == 0)
            lines.Add(new TextLine([.. words], lineWidth, true));
        else
            lines[^1] = lines[^1] with { IsLast = true };
        return lines;
    }

    private static void DrawLine(SKCanvas canvas, TextLine line, SKFont font, float x, float baseline, float width, TextAlignment align)
    {
        using var ink = Ink();
        var text = string.Join(' ', line.Words);
        switch (align)
        {
            case TextAlignment.Center:
                canvas.DrawText(text, x + (width - line.WidthPt) / 2, baseline, SKTextAlign.Left, font, ink);
                break;
            case TextAlignment.Right:
                canvas.DrawText(text, x + width - line.WidthPt, baseline, SKTextAlign.Left, font, ink);
                break;
            case TextAlignment.Justify
                when !line.IsLast && line.Words.Count > 1 && JustifiedGap(line, font, width) < 4 * font.MeasureText(" "):
                // Spread the slack over the gaps between words: the decree's body is justified (căn đều hai lề). A line of a
                // few long words (a code, a hash) stays ragged rather than opening gaps wider than four spaces.
                var gap = JustifiedGap(line, font, width);
                var cursor = x;
                foreach (var word in line.Words)
                {
                    canvas.DrawText(word, cursor, baseline, SKTextAlign.Left, font, ink);
                    cursor += font.MeasureText(word) + gap;
                }
                break;
            default:
                canvas.DrawText(text, x, baseline, SKTextAlign.Left, font, ink);
                break;
        }
    }

    private static float JustifiedGap(TextLine line, SKFont font, float width) =>
        (width - line.Words.Sum(w => font.MeasureText(w))) / (line.Words.Count - 1);

    private static SKPaint Ink() => new() { Color = SKColors.Black, IsAntialias = true };

    private static SKPaint Pen(float width) =>
        new()
        {
            Color = SKColors.Black,
            IsAntialias = true,
            StrokeWidth = width,
            Style = SKPaintStyle.Stroke,
        };

    public void Dispose()
    {
        if (_canvas is not null)
            _document.EndPage();
        _canvas = null;
    }
}

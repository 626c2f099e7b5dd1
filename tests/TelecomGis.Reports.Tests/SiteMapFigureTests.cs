using SkiaSharp;
using TelecomGis.Core.Appraisal;

namespace TelecomGis.Reports.Tests;

/// <summary>The map figure: its size, that it shows something, and that the site and its deciding area are where they belong.</summary>
[Collection(OneLetter.Name)]
public sealed class SiteMapFigureTests(LetterFixture fixture)
{
    [Fact]
    public void TheFigureIsA900By1160PngThatIsNotBlank()
    {
        var png = fixture.Letter.Sites[0].FigurePng!;
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(900, bitmap.Width);
        Assert.Equal(900 + SiteMapFigure.LegendHeightPx, bitmap.Height);
        Assert.Equal((fixture.Figure.WidthPx, fixture.Figure.HeightPx), (bitmap.Width, bitmap.Height));

        var colours = new HashSet<SKColor>();
        var inked = 0;
        for (var y = 0; y < bitmap.Height; y += 3)
        for (var x = 0; x < bitmap.Width; x += 3)
        {
            var c = bitmap.GetPixel(x, y);
            colours.Add(c);
            if (c.Red < 200 || c.Green < 200 || c.Blue < 200)
                inked++;
        }
        Assert.True(colours.Count > 20, $"{colours.Count} colours");
        Assert.True(inked > 2000, $"{inked} inked samples");
    }

    [Theory]
    [InlineData(0, Verdict.NeedsConsultation)]
    [InlineData(1, Verdict.DoesNotConform)]
    [InlineData(2, Verdict.Conforms)]
    public void TheSiteIsAStarInItsVerdictsColourAtTheCentre(int site, Verdict verdict)
    {
        var result = fixture.Results[site];
        using var bitmap = SKBitmap.Decode(fixture.Letter.Sites.Single(s => s.Result == result).FigurePng!);
        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(SitePainter.VerdictColour(verdict), bitmap.GetPixel(450, 452));
    }

    [Fact]
    public void TheMilitaryAreaIsNeitherDrawnNorListed_EvenFromAResultThatNamesIt()
    {
        // 200 m east of the seed site, still inside R-MIL-01 (checked on the geometry first): the letter goes to the carrier, who
        // must not learn where the area lies, so the paper stays blank there although the unredacted R04 names the area.
        var area = fixture.Index.RestrictedAreas.Features.Single(f => f.Item.Id == "R-MIL-01");
        var centre = fixture.Index.Frame.ToMetric(107.97826, 21.53008);
        Assert.True(area.Covers(new NetTopologySuite.Geometries.Coordinate(centre.X + 200, centre.Y)));
        Assert.Equal("R-MIL-01", fixture.Seed["R04"].DecidingFeature?.Id);
        using var bitmap = SKBitmap.Decode(fixture.Figure.DrawPng(fixture.Seed));
        Assert.Equal(new SKColor(0xFA, 0xFA, 0xF5), bitmap.GetPixel(450 + 120, 450));
        // Nor does the legend list it: the figure is the one drawn from the redacted result, which names no area, pixel for pixel.
        using var redacted = SKBitmap.Decode(fixture.Figure.DrawPng(ConfidentialAreas.Redact(fixture.Seed)));
        Assert.Equal(redacted.Bytes, bitmap.Bytes);
    }

    [Fact]
    public void TheSameSiteDrawsTheSamePixels() => Assert.Equal(fixture.Figure.DrawPng(fixture.Seed), fixture.Figure.DrawPng(fixture.Seed));
}

using SkiaSharp;

namespace TelecomGis.Reports;

/// <summary>
/// The typefaces the PDF and the figures are drawn with, loaded from files so that output does not depend on fontconfig.
/// Decree 30/2020/NĐ-CP asks for Times New Roman; Liberation Serif (Debian's fonts-liberation2) has its metrics, so the PDF
/// embeds it and matches the .docx, which names Times New Roman (Word and LibreOffice substitute Liberation Serif where Times
/// is absent). DejaVu Serif Condensed, then DejaVu Serif, are fallbacks only. Each is used only if it has the Vietnamese glyphs.
/// </summary>
public sealed class LetterFonts : IDisposable
{
    /// <summary>Letters that only a font with the Vietnamese repertoire has: a font without them would print boxes.</summary>
    private const string VietnameseProbe = "ĐđƠơƯưẠạẶặỆệỮữỳ";

    // Liberation 2 first: Debian's fonts-liberation (1.07) has the same file names but no Vietnamese letters with two marks
    // (ặ, ệ, ữ), so the probe below would refuse it and the letter would fall back to DejaVu.
    private static readonly string[] FontDirectories =
    [
        "/usr/share/fonts/truetype/liberation2",
        "/usr/share/fonts/truetype/liberation",
        "/usr/share/fonts/truetype/dejavu",
    ];

    private static readonly (string Regular, string Bold, string Italic, string BoldItalic)[] SerifFamilies =
    [
        ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"),
        // DejaVu Serif Condensed is the closer of the DejaVu faces to Times' set width; the regular width makes a letter a page longer.
        (
            "DejaVuSerifCondensed.ttf",
            "DejaVuSerifCondensed-Bold.ttf",
            "DejaVuSerifCondensed-Italic.ttf",
            "DejaVuSerifCondensed-BoldItalic.ttf"
        ),
        ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
    ];

    private LetterFonts(
        string serifFile,
        SKTypeface regular,
        SKTypeface bold,
        SKTypeface italic,
        SKTypeface boldItalic,
        SKTypeface sans,
        SKTypeface sansBold
    )
    {
        SerifFile = serifFile;
        Regular = regular;
        Bold = bold;
        Italic = italic;
        BoldItalic = boldItalic;
        Sans = sans;
        SansBold = sansBold;
    }

    public SKTypeface Regular { get; }
    public SKTypeface Bold { get; }
    public SKTypeface Italic { get; }
    public SKTypeface BoldItalic { get; }

    /// <summary>For the map figures, where a sans face reads better at small sizes.</summary>
    public SKTypeface Sans { get; }
    public SKTypeface SansBold { get; }

    /// <summary>
    /// The regular serif's file, e.g. ".../DejaVuSerifCondensed.ttf": the family name alone would not tell DejaVu Serif
    /// Condensed from DejaVu Serif, which report the same family.
    /// </summary>
    public string SerifFile { get; }

    /// <summary>Loads the first serif family with Vietnamese glyphs and DejaVu Sans; throws when none is installed.</summary>
    public static LetterFonts Load()
    {
        foreach (var family in SerifFamilies)
        {
            var files = new[] { family.Regular, family.Bold, family.Italic, family.BoldItalic }.Select(Find).ToArray();
            if (files.Any(f => f is null))
                continue;
            var faces = files.Select(f => SKTypeface.FromFile(f!)).ToArray();
            if (faces.All(HasVietnamese))
                return new LetterFonts(
                    files[0]!,
                    faces[0],
                    faces[1],
                    faces[2],
                    faces[3],
                    Open("DejaVuSans.ttf"),
                    Open("DejaVuSans-Bold.ttf")
                );
            foreach (var f in faces)
                f?.Dispose();
        }
        throw new FileNotFoundException(
            $"No serif font with Vietnamese glyphs in {string.Join(", ", FontDirectories)}: install fonts-liberation or fonts-dejavu-core."
        );
    }

    private static bool HasVietnamese(SKTypeface? face)
    {
        if (face is null)
            return false;
        using var font = new SKFont(face);
        return font.ContainsGlyphs(VietnameseProbe);
    }

    private static SKTypeface Open(string file)
    {
        var path = Find(file) ?? throw new FileNotFoundException($"Font {file} not found in {string.Join(", ", FontDirectories)}.", file);
        return SKTypeface.FromFile(path) ?? throw new InvalidDataException($"{path} is not a font SkiaSharp can read.");
    }

    private static string? Find(string file) => FontDirectories.Select(d => Path.Combine(d, file)).FirstOrDefault(File.Exists);

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
        Italic.Dispose();
        BoldItalic.Dispose();
        Sans.Dispose();
        SansBold.Dispose();
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TelecomGis.Storage.Import;

/// <summary>
/// Turns the bytes of a text field into Unicode NFC in a chosen <see cref="SourceEncoding"/>, and tells the legacy encodings
/// apart when a file does not say which it uses: UTF-8 when the bytes are valid UTF-8, else whichever of TCVN3, VNI and
/// Windows-1258 makes more of the file's words well-formed Vietnamese syllables.
/// </summary>
public static partial class VietnameseText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static VietnameseText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text of <paramref name="bytes"/>, NFC, trailing spaces and NULs (a .dbf pads with them) removed.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, SourceEncoding encoding)
    {
        var text = encoding switch
        {
            SourceEncoding.Tcvn3 => Tcvn3Encoding.Decode(bytes),
            SourceEncoding.Vni => VniEncoding.Decode(bytes),
            SourceEncoding.Windows1258 => Encoding.GetEncoding(1258).GetString(bytes),
            _ => Encoding.UTF8.GetString(bytes),
        };
        return text.TrimEnd(' ', '\0').Normalize(NormalizationForm.FormC);
    }

    /// <summary>The encoding a .cpg file names; <see cref="SourceEncoding.Auto"/> for one that does not decide (none, 1252, ANSI).</summary>
    /// <remarks>
    /// Tools write the ANSI code page (1252, "ANSI", ISO 8859-1) for files typed in TCVN3 or VNI fonts, because the fonts, not
    /// the code page, drew the letters; such a declaration is not believed and the bytes decide.
    /// </remarks>
    public static SourceEncoding FromCodePageName(string? name)
    {
        var key = (name ?? "")
            .Trim()
            .ToUpperInvariant()
            .Replace("-", "", StringComparison.Ordinal)
            .Replace("_", "", StringComparison.Ordinal);
        return key switch
        {
            "UTF8" or "65001" => SourceEncoding.Utf8,
            "1258" or "CP1258" or "WINDOWS1258" or "ANSI1258" => SourceEncoding.Windows1258,
            "TCVN3" or "TCVN" or "ABC" or "TCVN5712" or "TCVN57121" or "VN3" => SourceEncoding.Tcvn3,
            "VNI" or "VNIWINDOWS" => SourceEncoding.Vni,
            _ => SourceEncoding.Auto,
        };
    }

    /// <summary>The encoding's name as people know it, for messages in either language ("TCVN3 (ABC)").</summary>
    public static string Describe(SourceEncoding encoding) =>
        encoding switch
        {
            SourceEncoding.Tcvn3 => "TCVN3 (ABC)",
            SourceEncoding.Vni => "VNI",
            SourceEncoding.Windows1258 => "Windows-1258",
            SourceEncoding.Auto => "auto",
            _ => "UTF-8",
        };

    /// <summary>Parses the <c>--encoding</c> option's value (utf-8, tcvn3, vni, 1258, auto).</summary>
    public static bool TryParse(string text, out SourceEncoding encoding)
    {
        encoding = text.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase) ? SourceEncoding.Auto : FromCodePageName(text);
        return encoding != SourceEncoding.Auto || text.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Decides the encoding of a file's text fields from their bytes (see the class summary).</summary>
    public static SourceEncoding Detect(IEnumerable<byte[]> fields)
    {
        var samples = fields.Where(f => f.Any(b => b >= 0x80)).Take(2000).ToList();
        if (samples.Count == 0)
            return SourceEncoding.Utf8; // ASCII reads alike in every encoding
        if (samples.All(IsUtf8))
            return SourceEncoding.Utf8;
        SourceEncoding[] legacy = [SourceEncoding.Tcvn3, SourceEncoding.Vni, SourceEncoding.Windows1258];
        return legacy.OrderByDescending(e => samples.Sum(s => Score(Decode(s, e)))).First();
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Well-formed Vietnamese syllables minus malformed words, counting only words with a letter outside ASCII.</summary>
    internal static int Score(string text)
    {
        var score = 0;
        foreach (var word in WordSplit().Split(text))
        {
            if (word.Length == 0 || word.All(c => c < 0x80))
                continue;
            score += IsSyllable(word) ? 1 : -1;
        }
        return score;
    }

    /// <summary>
    /// A Vietnamese syllable: an onset, a vowel nucleus from the language's inventory, a final, and at most one tone mark on
    /// the vowels (the onset, rhyme and tone of Vietnamese phonology as Đoàn Thiện Thuật, <i>Ngữ âm tiếng Việt</i>, describes them; loose enough for names, strict enough that a wrongly decoded word fails).
    /// </summary>
    internal static bool IsSyllable(string word)
    {
        var tones = 0;
        var letters = new StringBuilder();
        foreach (var c in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
                tones++;
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                letters.Append(c);
            else if (c is 'đ' or (>= 'a' and <= 'z'))
                letters.Append(c);
            else
                return false;
        }
        return tones <= 1 && Syllable().IsMatch(letters.ToString().Normalize(NormalizationForm.FormC));
    }

    [GeneratedRegex(@"[\s\p{P}\p{S}0-9]+")]
    private static partial Regex WordSplit();

    [GeneratedRegex(
        "^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
            + "(iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uyê|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|ya|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
            + "(ng|nh|ch|[cmnpt])?$"
    )]
    private static partial Regex Syllable();
}

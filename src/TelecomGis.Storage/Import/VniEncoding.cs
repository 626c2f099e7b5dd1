using System.Text;

namespace TelecomGis.Storage.Import;

/// <summary>
/// VNI-Windows (the VNI fonts, VNI-Times and the like), the other 8-bit Vietnamese encoding of provincial files: a base letter
/// followed by one byte that adds its marks ("Vieät Nam" is Việt Nam: <c>e</c>, then <c>ä</c> for circumflex and dot below),
/// and a few letters of their own (<c>ñ</c> đ, <c>ô</c> ơ, <c>ö</c> ư, <c>í ì æ ó ò</c> i with a tone, <c>î</c> ỵ). Decoding gives
/// NFC text.
/// </summary>
/// <remarks>
/// The table is VNI Software's VNI-Windows font encoding, checked entry by entry against the table of the open-source
/// <c>vietnamese-conversion</c> package (github.com/duydev/vietnamese-conversion, <c>src/charsets.ts</c>, MIT), whose 134
/// letters it reproduces; bytes are read as the font draws them, i.e. as Latin-1 code points. A mark byte that follows no
/// vowel (or a circumflex on a letter that cannot take one) is left as the Latin-1 letter it is, so ASCII and ordinary
/// Latin-1 text pass through unchanged.
/// </remarks>
public static class VniEncoding
{
    private const char Grave = '\u0300',
        Acute = '\u0301',
        Circumflex = '\u0302',
        Tilde = '\u0303',
        Breve = '\u0306',
        Hook = '\u0309',
        DotBelow = '\u0323';

    /// <summary>The letters VNI writes as one byte (lower case; the upper-case byte is 0x20 lower, as in Latin-1).</summary>
    private static readonly Dictionary<char, char> Letters = new()
    {
        ['ñ'] = 'đ',
        ['ô'] = 'ơ',
        ['ö'] = 'ư',
        ['í'] = 'í',
        ['ì'] = 'ì',
        ['æ'] = 'ỉ',
        ['ó'] = 'ĩ',
        ['ò'] = 'ị',
        ['î'] = 'ỵ',
    };

    /// <summary>The bytes that add marks to the vowel before them (lower case; upper case 0x20 lower).</summary>
    private static readonly Dictionary<char, string> Marks = new()
    {
        ['ø'] = $"{Grave}",
        ['ù'] = $"{Acute}",
        ['û'] = $"{Hook}",
        ['õ'] = $"{Tilde}",
        ['ï'] = $"{DotBelow}",
        ['â'] = $"{Circumflex}",
        ['à'] = $"{Circumflex}{Grave}",
        ['á'] = $"{Circumflex}{Acute}",
        ['å'] = $"{Circumflex}{Hook}",
        ['ã'] = $"{Circumflex}{Tilde}",
        ['ä'] = $"{Circumflex}{DotBelow}",
        ['ê'] = $"{Breve}",
        ['è'] = $"{Breve}{Grave}",
        ['é'] = $"{Breve}{Acute}",
        ['ú'] = $"{Breve}{Hook}",
        ['ü'] = $"{Breve}{Tilde}",
        ['ë'] = $"{Breve}{DotBelow}",
    };

    /// <summary>Decodes VNI-Windows bytes to NFC text.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        // The base vowel of the letter just written (lower case, without marks), or '\0' when the last letter cannot take marks.
        var vowel = '\0';
        foreach (var b in bytes)
        {
            var c = (char)b;
            var lower = char.ToLowerInvariant(c);
            var upper = c != lower;
            if (Letters.TryGetValue(lower, out var letter))
            {
                text.Append(upper ? char.ToUpperInvariant(letter) : letter);
                // ơ and ư take a tone (never a circumflex or breve); đ and the i's that carry their tone take nothing more.
                vowel = letter switch
                {
                    'ơ' => 'o',
                    'ư' => 'u',
                    _ => '\0',
                };
                continue;
            }
            if (vowel != '\0' && Marks.TryGetValue(lower, out var marks) && Fits(vowel, marks, text))
            {
                text.Append(marks);
                vowel = '\0';
                continue;
            }
            text.Append(c);
            vowel = lower is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' ? lower : '\0';
        }
        return text.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A circumflex fits a, e, o; a breve fits a; a tone fits any vowel, ơ and ư included.</summary>
    private static bool Fits(char vowel, string marks, StringBuilder text)
    {
        var hornBefore = text.Length > 0 && char.ToLowerInvariant(text[^1]) is 'ơ' or 'ư';
        return marks[0] switch
        {
            Circumflex => !hornBefore && vowel is 'a' or 'e' or 'o',
            Breve => !hornBefore && vowel == 'a',
            _ => true,
        };
    }

    /// <summary>Encodes Unicode text to VNI-Windows (for tests and fixtures); a letter VNI cannot write throws.</summary>
    public static byte[] Encode(string text)
    {
        var bytes = new List<byte>(text.Length * 2);
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (ch < 0x80)
            {
                bytes.Add((byte)ch);
                continue;
            }
            var lower = char.ToLowerInvariant(ch);
            var upper = ch != lower;
            byte Case(char c) => (byte)(upper ? char.ToUpperInvariant(c) : c);
            var single = Letters.FirstOrDefault(kv => kv.Value == lower).Key;
            if (single != '\0')
            {
                bytes.Add(Case(single));
                continue;
            }
            var parts = lower.ToString().Normalize(NormalizationForm.FormD);
            var baseLetter = parts[0];
            var rest = parts[1..];
            if (rest.StartsWith('\u031B')) // horn: ơ or ư, then at most a tone
            {
                bytes.Add(Case(baseLetter == 'o' ? 'ô' : 'ö'));
                rest = rest[1..];
            }
            else
            {
                bytes.Add(Case(baseLetter));
            }
            if (rest.Length == 0)
                continue;
            // FormD puts a dot below before the circumflex or breve; VNI's byte names the hat first.
            var ordered = rest.Length == 2 && rest[0] == DotBelow ? $"{rest[1]}{rest[0]}" : rest;
            var mark = Marks.FirstOrDefault(kv => kv.Value == ordered).Key;
            bytes.Add(mark != '\0' ? Case(mark) : throw new ArgumentException($"'{ch}' has no VNI code.", nameof(text)));
        }
        return [.. bytes];
    }
}

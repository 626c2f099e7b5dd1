using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TelecomGis.Core.Geodesy;

/// <summary>
/// The written forms of one angle found in carriers' dossiers: 21.53008, 21,53008, 21°31'48.3"N, N21°31′48.3″,
/// 21 31 48.3 N, 21°31.805'N, 21d31m48.3s.
/// </summary>
internal static partial class AngleNotation
{
    /// <summary>Upper case, one spelling for each mark, d/m/s letters turned into marks, so that N S E W are the only letters left.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var composed = IsComposed(text) ? text : text.Normalize(NormalizationForm.FormC);
        foreach (var c in IsCaselessBeyondAscii(composed) ? composed : composed.ToUpperInvariant())
        {
            sb.Append(
                c switch
                {
                    '′' or '’' or '‘' or '´' or '`' => '\'',
                    '″' or '“' or '”' => '"',
                    'º' or '˚' => '°',
                    '\u00A0' or '\u202F' or '\u2009' or '\t' => ' ',
                    >= 'a' and <= 'z' => (char)(c - ('a' - 'A')),
                    _ => c,
                }
            );
        }

        var t = sb.Replace("''", "\"").ToString().Trim();
        // 21d31m48.3s: seconds' 's' only counts as a mark when it sticks to a number after an 'm',
        // so that a trailing " S" stays the hemisphere letter (and is rejected as outside Vietnam).
        var hadMinuteLetter = MinuteLetter().IsMatch(t);
        t = DegreeLetter().Replace(t, "°");
        t = MinuteLetter().Replace(t, "'");
        if (hadMinuteLetter)
            t = SecondLetter().Replace(t, "\"");
        return t;
    }

    /// <summary>
    /// Whether upper-casing can change nothing but ASCII letters, which the loop above upper-cases itself: every other character is
    /// ASCII or a DMS mark, none of which has a case. <c>ToUpperInvariant</c> of text with any non-ASCII character goes through ICU,
    /// and that was four-fifths of reading a DMS coordinate (issue 14, item 5).
    /// </summary>
    private static bool IsCaselessBeyondAscii(string text) => !text.AsSpan().ContainsAnyExcept(AsciiOrMark);

    private static readonly System.Buffers.SearchValues<char> AsciiOrMark = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x80).Select(i => (char)i)) + "°º˚′″‘’“”´\u00A0\u202F\u2009"
    );

    /// <summary>
    /// Whether Unicode composition (NFC) would leave the text as it is, answered without ICU for what coordinates hold: no character
    /// from U+0300 on (below it no character composes with a neighbour or is replaced on its own), except the marks a DMS text uses,
    /// which have no decomposition either. ICU's normalisation was a quarter of reading a batch of DMS rows (issue 14, item 5).
    /// </summary>
    private static bool IsComposed(string text) => !text.AsSpan().ContainsAnyExcept(ComposedAlways);

    private static readonly System.Buffers.SearchValues<char> ComposedAlways = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x300).Select(i => (char)i)) + "′″‘’“”\u2009\u202F"
    );

    /// <summary>
    /// <see cref="TryRead"/> of <see cref="Normalize"/>d text, with a shortcut for the form most rows hold, plain decimal degrees in
    /// ASCII ("21.53008"): <see cref="Normalize"/> leaves such text as it is and <see cref="TryRead"/> reads it as one unmarked
    /// number, so the shortcut parses the same digits the same way and skips the Unicode normalisation and the regular expressions.
    /// </summary>
    public static AngleFailure Read(string text, out AngleReading reading)
    {
        if (IsPlainDecimal(text))
        {
            reading = new AngleReading(
                double.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
                CoordinateForm.DecimalDegrees,
                null
            );
            return AngleFailure.None;
        }
        return TryRead(Normalize(text), out reading);
    }

    /// <summary>Digits, then optionally one '.' and more digits: nothing else, not even a space.</summary>
    private static bool IsPlainDecimal(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? text.AsSpan() : text.AsSpan(0, dot);
        var tail = dot < 0 ? [] : text.AsSpan(dot + 1);
        return head.Length is > 0 and <= 30
            && !head.ContainsAnyExceptInRange('0', '9')
            && (dot < 0 || (tail.Length is > 0 and <= 30 && !tail.ContainsAnyExceptInRange('0', '9')));
    }

    /// <summary>Reads one normalised angle.</summary>
    public static AngleFailure TryRead(string normalized, out AngleReading reading)
    {
        reading = default;
        var t = normalized.Trim();
        if (t.Length == 0)
            return AngleFailure.Empty;

        char? letter = null;
        if (IsHemisphere(t[0]))
            (letter, t) = (t[0], t[1..].TrimStart());
        if (t.Length > 0 && IsHemisphere(t[^1]))
        {
            if (letter is not null)
                return AngleFailure.Unreadable;
            (letter, t) = (t[^1], t[..^1].TrimEnd());
        }

        var negative = false;
        if (t.Length > 0 && t[0] is '-' or '+')
        {
            if (letter is not null)
                return AngleFailure.Unreadable;
            (negative, t) = (t[0] == '-', t[1..].TrimStart());
        }

        // Up to three numbers, each with an optional mark; an unmarked number takes the next place (° then ′ then ″). Digits are
        // ASCII ([0-9]): .NET's \d also matches other scripts' digits, which double.Parse then refuses with an exception.
        Span<double> parts = stackalloc double[3];
        var count = 0;
        var position = 0;
        var fractionSeen = false;
        foreach (Match m in Component().Matches(t))
        {
            // A fourth number has no place to go (degrees, minutes, seconds): "107 58 41 7" is a typo, not an angle.
            if (m.Index != position || count == parts.Length)
                return AngleFailure.Unreadable;
            position = m.Index + m.Length;
            var place = m.Groups["mark"].Value switch
            {
                "°" => 0,
                "'" => 1,
                "\"" => 2,
                _ => count,
            };
            if (place != count || fractionSeen)
                return AngleFailure.Unreadable;
            var number = m.Groups["num"].Value.Replace(',', '.');
            fractionSeen = number.Contains('.', StringComparison.Ordinal);
            parts[count++] = double.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        if (count == 0 || position != t.Length)
            return AngleFailure.Unreadable;
        if (parts[1] >= 60 || parts[2] >= 60)
            return AngleFailure.MinutesOrSecondsOf60OrMore;
        if (negative || letter is 'S' or 'W')
            return AngleFailure.SouthOrWest;

        var form = count switch
        {
            1 => CoordinateForm.DecimalDegrees,
            2 => CoordinateForm.DegreesDecimalMinutes,
            _ => CoordinateForm.DegreesMinutesSeconds,
        };
        Axis? axis = letter switch
        {
            'N' => Axis.Latitude,
            'E' => Axis.Longitude,
            _ => null,
        };
        reading = new AngleReading(parts[0] + parts[1] / 60 + parts[2] / 3600, form, axis);
        return AngleFailure.None;
    }

    public static bool IsHemisphere(char c) => c is 'N' or 'S' or 'E' or 'W';

    [GeneratedRegex(@"\G\s*(?<num>[0-9]+(?:[.,][0-9]+)?)\s*(?<mark>[°'""])?\s*")]
    private static partial Regex Component();

    [GeneratedRegex(@"(?<=[0-9])\s*D")]
    private static partial Regex DegreeLetter();

    [GeneratedRegex(@"(?<=[0-9])\s*M")]
    private static partial Regex MinuteLetter();

    [GeneratedRegex(@"(?<=[0-9])S")]
    private static partial Regex SecondLetter();
}

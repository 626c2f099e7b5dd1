using System.Globalization;
using System.Text.RegularExpressions;

namespace TelecomGis.Core.Geodesy;

/// <summary>
/// Metre values as Vietnamese documents write them: 2381658.013, 2381658,013, 2.381.658,013, 2 381 658,013, 2,381,658.013.
/// </summary>
internal static partial class NumberNotation
{
    public enum Outcome
    {
        Read,
        Unreadable,

        /// <summary>One separator before exactly three digits, as in 523,449: grouping and decimal read differently.</summary>
        Ambiguous,
    }

    public static Outcome TryRead(string text, out double value)
    {
        value = 0;
        var t = text.Trim();
        if (SpaceGrouped().IsMatch(t))
            t = Regex.Replace(t, @"[ \u00A0\u202F]", "");
        if (!DigitsAndSeparators().IsMatch(t))
            return Outcome.Unreadable;

        var dots = t.Count(c => c == '.');
        var commas = t.Count(c => c == ',');
        string plain;
        if (dots > 0 && commas > 0)
        {
            // Both present: the last one is the decimal mark, the other groups thousands.
            var decimalMark = t.LastIndexOf('.') > t.LastIndexOf(',') ? '.' : ',';
            var group = decimalMark == '.' ? ',' : '.';
            var at = t.LastIndexOf(decimalMark);
            if (t.IndexOf(decimalMark) != at || !Grouped(t[..at], group))
                return Outcome.Unreadable;
            plain = t[..at].Replace(group.ToString(), "", StringComparison.Ordinal) + "." + t[(at + 1)..];
        }
        else if (dots + commas == 1)
        {
            if (ThreeAfterShortHead().IsMatch(t))
                return Outcome.Ambiguous;
            plain = t.Replace(',', '.');
        }
        else if (dots + commas > 1)
        {
            var group = dots > 0 ? '.' : ',';
            if (!Grouped(t, group))
                return Outcome.Unreadable;
            plain = t.Replace(group.ToString(), "", StringComparison.Ordinal);
        }
        else
        {
            plain = t;
        }

        return double.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            ? Outcome.Read
            : Outcome.Unreadable;
    }

    private static bool Grouped(string integerPart, char group) =>
        Regex.IsMatch(integerPart, $@"^[0-9]{{1,3}}(?:{Regex.Escape(group.ToString())}[0-9]{{3}})+$");

    [GeneratedRegex(@"^[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3})+(?:[.,][0-9]+)?$")]
    private static partial Regex SpaceGrouped();

    [GeneratedRegex(@"^[0-9][0-9.,]*$")]
    private static partial Regex DigitsAndSeparators();

    [GeneratedRegex(@"^[0-9]{1,3}[.,][0-9]{3}$")]
    private static partial Regex ThreeAfterShortHead();
}

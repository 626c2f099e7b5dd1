using System.Globalization;

namespace TelecomGis.Storage.Submissions;

/// <summary>
/// A typed cell or property (an Excel number or boolean, a GeoJSON number) as the text a CSV field would hold, so every format goes
/// through the same <c>SubmissionRowParser</c>: invariant culture, round-trip doubles, booleans as yes/no, blanks as null.
/// </summary>
internal static class FieldText
{
    public static string? Of(object? value) =>
        value switch
        {
            null => null,
            bool b => b ? "yes" : "no",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null,
        };
}

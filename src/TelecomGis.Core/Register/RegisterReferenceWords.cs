using System.Globalization;

namespace TelecomGis.Core.Register;

/// <summary>
/// A register event's source document as a reader says it. Events keep a reference a program can follow ("submission:12",
/// "declaration:3", "plan:" and the version's hash); a person reads "hồ sơ số 12", "báo cáo số 3", "dữ liệu hiện trạng của gói
/// quy hoạch", never a key or a hash. A reference of another form (a file's name) is said as it is.
/// </summary>
public static class RegisterReferenceWords
{
    public static string? Of(string? reference, bool english)
    {
        if (string.IsNullOrWhiteSpace(reference))
            return null;
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
            return reference;
        var (kind, key) = (reference[..colon], reference[(colon + 1)..]);
        var number = long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n.ToString(CultureInfo.InvariantCulture)
            : null;
        return (kind, number) switch
        {
            ("submission", not null) => english ? $"dossier {number}" : $"hồ sơ số {number}",
            ("declaration", not null) => english ? $"declaration {number}" : $"báo cáo số {number}",
            ("inspection", not null) => english ? $"inspection {number}" : $"biên bản kiểm tra số {number}",
            ("plan", _) => english ? "the plan bundle's existing sites" : "dữ liệu hiện trạng của gói quy hoạch",
            _ => reference,
        };
    }
}

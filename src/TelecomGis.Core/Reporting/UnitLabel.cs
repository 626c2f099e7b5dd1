using TelecomGis.Core.Administration;

namespace TelecomGis.Core.Reporting;

/// <summary>
/// A commune-level unit as a report's line names it: "Phường Hạ Long" since July 2025; before, with its district, "Xã Hưng Đạo,
/// huyện Tứ Kỳ", since a province then had several xã of one name in different districts (the former Hải Dương had ten such
/// names), and a ward of 2025 often kept the name of one it took in.
/// </summary>
public static class UnitLabel
{
    public static string Of(Commune commune) =>
        commune.DistrictName is { Length: > 0 } district
            ? $"{commune.FullName}, {char.ToLowerInvariant(district[0])}{district[1..]}"
            : commune.FullName;
}

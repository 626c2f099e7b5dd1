using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Storage.Import;

/// <summary>
/// The Vietnamese name of each code a bundle layer's choice field takes (<c>cultural_post_office</c>: "điểm bưu điện văn hóa
/// xã"), in the words the map's legend and the department's plans use. The import shows these, not the codes, to a Vietnamese
/// planner (the field's values in the mapping form, a refused value's message) and reads them, and the other words departments
/// write for a code, back as the code (<see cref="CodeFor"/>).
/// </summary>
public static class ChoiceNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        // Zones (data/README.md, zones.geojson).
        ["heritage"] = "di tích",
        ["tourist"] = "khu du lịch",
        ["square"] = "quảng trường",
        ["headquarters"] = "trụ sở cơ quan",
        ["designated_street"] = "tuyến phố quy định",
        ["urban_main_street"] = "trục phố chính",
        ["urban"] = "đô thị",
        ["rural"] = "nông thôn",
        ["coastal"] = "ven biển",
        ["open"] = "đất trống",
        // Restricted areas.
        ["military"] = "quân sự",
        ["security"] = "an ninh",
        ["heritage_core"] = "vùng lõi di sản",
        ["antenna_corridor"] = "hành lang an toàn ăng-ten",
        ["prohibit"] = "cấm xây dựng",
        ["consult"] = "phải xin ý kiến",
        // Sensitive places (R12).
        ["school"] = "trường học",
        ["hospital"] = "bệnh viện",
        ["kindergarten"] = "trường mầm non",
        // Fiber routes.
        ["aerial"] = "treo",
        ["underground"] = "ngầm",
        ["backbone"] = "trục",
        ["inter_district"] = "liên huyện",
        ["access"] = "truy nhập",
        // Postal points.
        ["post_office"] = "bưu cục",
        ["cultural_post_office"] = "điểm bưu điện văn hóa xã",
        ["agent"] = "đại lý bưu điện",
        ["kiosk"] = "ki-ốt",
        ["letter_box"] = "hòm thư công cộng",
    };

    /// <summary>
    /// Other words departments write for a code, compared without marks (<see cref="SubmissionColumns.Key"/>): "cáp treo",
    /// "thùng thư". Each code's own name (<see cref="Names"/>) is read without being listed here.
    /// </summary>
    private static readonly Dictionary<string, string> Variants = new(StringComparer.Ordinal)
    {
        ["cap treo"] = "aerial",
        ["cap ngam"] = "underground",
        ["truc chinh"] = "backbone",
        ["cam"] = "prohibit",
        ["xin y kien"] = "consult",
        ["tham van"] = "consult",
        ["buu dien van hoa xa"] = "cultural_post_office",
        ["dai ly"] = "agent",
        ["kiot"] = "kiosk",
        ["thung thu"] = "letter_box",
        ["mam non"] = "kindergarten",
    };

    /// <summary>
    /// The code of <paramref name="choices"/> a text names: the code itself (any case, with or without marks), its Vietnamese name
    /// or a variant; null for none.
    /// </summary>
    public static string? CodeFor(string text, IReadOnlyList<string> choices)
    {
        var key = SubmissionColumns.Key(text);
        return choices.FirstOrDefault(c => c.Equals(text, StringComparison.OrdinalIgnoreCase))
            ?? choices.FirstOrDefault(c => SubmissionColumns.Key(c) == key)
            ?? choices.FirstOrDefault(c => SubmissionColumns.Key(Vietnamese(c)) == key)
            ?? (Variants.TryGetValue(key, out var code) && choices.Contains(code) ? code : null);
    }

    /// <summary>The code's Vietnamese name; a code that is already Vietnamese (a commune's kind, "Phường") as it is.</summary>
    public static string Vietnamese(string code) => Names.GetValueOrDefault(code, code);

    /// <summary>The field's codes by their Vietnamese names, as a list reads: "bưu cục, đại lý bưu điện hoặc ki-ốt".</summary>
    public static string VietnameseList(IReadOnlyList<string> codes) => Listed([.. codes.Select(Vietnamese)], "hoặc");

    /// <summary>The codes as a list reads in English: "post_office, agent or kiosk".</summary>
    public static string EnglishList(IReadOnlyList<string> codes) => Listed(codes, "or");

    private static string Listed(IReadOnlyList<string> items, string or) =>
        items.Count < 2 ? string.Join("", items) : $"{string.Join(", ", items.Take(items.Count - 1))} {or} {items[^1]}";
}

using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;

namespace TelecomGis.Generator.Provinces;

/// <summary>
/// What a newly initialised province starts with before its department enters its own plan: Quảng Ninh's rule table, each
/// provincial figure cited as an unconfirmed default of this province's plan (the ICAO, decree and standard citations unchanged),
/// the default zone, and the laws every province's letters cite.
/// </summary>
public static class ProvinceDefaults
{
    public const string DefaultZoneId = "Z-DEFAULT";

    /// <summary>Marks every figure the department has not yet confirmed from its own plan.</summary>
    public const string UnconfirmedMark = "giá trị mặc định, chưa xác nhận";

    private const string QuangNinhProvincialDefault =
        "Quy hoạch hạ tầng kỹ thuật viễn thông thụ động tỉnh Quảng Ninh (giá trị mặc định, chưa xác nhận)";

    public static readonly IReadOnlyList<string> LegalBases =
    [
        "Luật Quy hoạch số 21/2017/QH14 ngày 24 tháng 11 năm 2017",
        "Luật Viễn thông số 24/2023/QH15 ngày 24 tháng 11 năm 2023",
        "Nghị định số 163/2024/NĐ-CP ngày 24 tháng 12 năm 2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Viễn thông",
    ];

    /// <summary>Quảng Ninh's rules with the provincial defaults re-cited to this province's plan, still marked unconfirmed.</summary>
    public static RuleTable Rules(ProvinceEntry province) =>
        new(QuangNinhRules.Build().Parameters.Select(p => p with { Citation = Recite(p.Citation, province) }));

    // A provincial figure (the rule table's defaults, the roadmap's deadlines) is cited to this province's plan, still
    // unconfirmed; a citation of a law, decree or standard is kept as it is.
    private static string Recite(string citation, ProvinceEntry province)
    {
        if (citation == QuangNinhProvincialDefault)
            return $"{ProvincialPlan} {province.TitleVi} ({UnconfirmedMark}; lấy theo bảng quy tắc của tỉnh Quảng Ninh)";
        var quangNinhPlan = $"{ProvincialPlan} tỉnh Quảng Ninh, ";
        if (!citation.StartsWith(quangNinhPlan, StringComparison.Ordinal))
            return citation;
        var section = citation[quangNinhPlan.Length..];
        var note = section.IndexOf(" (", StringComparison.Ordinal);
        if (note >= 0)
            section = section[..note];
        return $"{ProvincialPlan} {province.TitleVi}, {section} ({UnconfirmedMark}; lấy theo quy hoạch của tỉnh Quảng Ninh)";
    }

    private const string ProvincialPlan = "Quy hoạch hạ tầng kỹ thuật viễn thông thụ động";

    /// <summary>
    /// The zone that applies where the plan draws none: every pole class up to 60 m, as Quảng Ninh's default rural zone, until the
    /// department draws its zones.
    /// </summary>
    public static PlanZone DefaultZone { get; } =
        new(
            DefaultZoneId,
            "Khu vực chưa có quy hoạch chi tiết (mặc định, chưa xác nhận)",
            "rural",
            PoleClassSet.Parse("A1a|A1b|A2a|A2b|A2c"),
            60,
            false,
            false,
            false,
            new GeometryFactory(new PrecisionModel(), 4326).CreateGeometryCollection()
        );

    /// <summary>
    /// How far outside the province an aerodrome still matters: the reach of its approach surfaces from a threshold (ICAO Annex 14,
    /// read from the rule table), the farthest any obstacle limitation surface the aviation rule checks extends.
    /// </summary>
    public static double AirportReachM(RuleTable rules) =>
        rules.Value("R10", "approach_threshold_distance")
        + rules.Value("R10", "approach_first_length")
        + rules.Value("R10", "approach_second_length")
        + rules.Value("R10", "approach_horizontal_length");
}

using TelecomGis.Core.Planning;

namespace TelecomGis.Generator;

/// <summary>
/// The rule table the bundled Quảng Ninh plan ships with. Where a figure could not be traced to a confirmed legal text,
/// the citation says so rather than guess a circular's number.
/// </summary>
public static class QuangNinhRules
{
    private const string ProvincialPlanDefault =
        "Quy hoạch hạ tầng kỹ thuật viễn thông thụ động tỉnh Quảng Ninh (giá trị mặc định, chưa xác nhận)";

    // The roadmap (lộ trình) of a provincial plan sets the years by which existing structures are brought into line. These are the
    // bundle's plan's own values, synthetic like its zones (data/quang-ninh/SOURCES.md): no Quảng Ninh roadmap figure was at hand.
    private const string ProvincialRoadmap =
        "Quy hoạch hạ tầng kỹ thuật viễn thông thụ động tỉnh Quảng Ninh, lộ trình cải tạo, sắp xếp hạ tầng hiện có (giá trị của quy hoạch, dữ liệu mẫu)";
    private const string Icao = "ICAO Phụ ước 14, Bảng 4-1 (số hiệu mã 4, đường CHC tiếp cận chính xác)";

    public static RuleTable Build() =>
        new([
            new("R08", "tolerance_urban", 100, "m", ProvincialPlanDefault),
            new("R08", "tolerance_rural", 300, "m", ProvincialPlanDefault),
            new("R09", "a2a_low_max_height", 15, "m", ProvincialPlanDefault),
            new("R09", "spacing_a2a_low_urban", 150, "m", ProvincialPlanDefault),
            new("R09", "spacing_a2a_low_other", 200, "m", ProvincialPlanDefault),
            new("R09", "spacing_a2a_high_urban", 200, "m", ProvincialPlanDefault),
            new("R09", "spacing_a2a_high_other", 350, "m", ProvincialPlanDefault),
            new("R09", "spacing_a2b_urban", 300, "m", ProvincialPlanDefault),
            new("R09", "spacing_a2b_other", 500, "m", ProvincialPlanDefault),
            new("R09", "spacing_a2c_urban", 300, "m", ProvincialPlanDefault),
            new("R09", "spacing_a2c_other", 500, "m", ProvincialPlanDefault),
            new("R09", "share_tolerance", 30, "m", ProvincialPlanDefault),
            new("R09", "share_height_margin", 3, "m", ProvincialPlanDefault),
            new("R10", "inner_horizontal_height", 45, "m", Icao),
            new("R10", "inner_horizontal_radius", 4000, "m", Icao),
            new("R10", "conical_slope", 5, "%", Icao),
            new("R10", "conical_height", 100, "m", Icao),
            new("R10", "approach_inner_edge", 300, "m", Icao),
            new("R10", "approach_threshold_distance", 60, "m", Icao),
            new("R10", "approach_divergence", 15, "%", Icao),
            new("R10", "approach_first_length", 3000, "m", Icao),
            new("R10", "approach_first_slope", 2, "%", Icao),
            new("R10", "approach_second_length", 3600, "m", Icao),
            new("R10", "approach_second_slope", 2.5, "%", Icao),
            new("R10", "approach_horizontal_length", 8400, "m", Icao),
            new("R11", "height_approval", 45, "m", "Nghị định 32/2016/NĐ-CP"),
            new("R12", "power_density_limit", 2, "W/m²", "TCVN 3718-1:2005"),
            new("WHERE", "search_radius", 1000, "m", ProvincialPlanDefault),
            new("WHERE", "search_step", 25, "m", ProvincialPlanDefault),
            new("ROADMAP", "camouflage_deadline_year", 2027, "year", ProvincialRoadmap),
            new("ROADMAP", "relocation_deadline_year", 2030, "year", ProvincialRoadmap),
            new("ROADMAP", "undergrounding_deadline_year", 2028, "year", ProvincialRoadmap),
        ]);
}

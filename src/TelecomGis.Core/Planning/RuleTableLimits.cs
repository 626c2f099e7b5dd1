using System.Globalization;

namespace TelecomGis.Core.Planning;

/// <summary>
/// The parameters every plan's rule table must give and the range each must lie in. A table that breaks them is refused when
/// the plan is read, before it can be activated: a zero spacing or search step made the neighbour and conforming-point
/// searches loop without end, and a missing R10 row or an infinite height turned every appraisal near an airport into an error.
/// The ranges are generous bounds of sense (no spacing of 10 km, no slope over 100 %), not the regulation's figures, which
/// stay the plan's own.
/// </summary>
public static class RuleTableLimits
{
    /// <param name="Vi">What the parameter is, as the department names it (shown beside the rule table's key).</param>
    private sealed record Limit(string RuleId, string Name, double Min, bool MinIncluded, double Max, string Vi, string En);

    private static readonly Limit[] Required =
    [
        new(
            "R08",
            "tolerance_urban",
            0,
            true,
            5_000,
            "Sai lệch cho phép so với vị trí quy hoạch, khu vực đô thị",
            "Tolerance from a planned position, urban"
        ),
        new(
            "R08",
            "tolerance_rural",
            0,
            true,
            5_000,
            "Sai lệch cho phép so với vị trí quy hoạch, khu vực khác",
            "Tolerance from a planned position, elsewhere"
        ),
        new("R09", "a2a_low_max_height", 0, false, 300, "Chiều cao lớn nhất của cột A2a thấp", "Highest A2a structure counted as low"),
        .. new[]
        {
            ("a2a_low", "cột A2a thấp", "low A2a"),
            ("a2a_high", "cột A2a cao", "high A2a"),
            ("a2b", "cột A2b", "A2b"),
            ("a2c", "cột A2c", "A2c"),
        }.SelectMany(c =>
            new[] { ("urban", "khu vực đô thị", "urban"), ("other", "khu vực khác", "elsewhere") }.Select(w => new Limit(
                "R09",
                $"spacing_{c.Item1}_{w.Item1}",
                0,
                false,
                10_000,
                $"Khoảng cách tối thiểu giữa hai {c.Item2}, {w.Item2}",
                $"Least spacing between two {c.Item3} structures, {w.Item3}"
            ))
        ),
        new(
            "R09",
            "share_tolerance",
            0,
            true,
            1_000,
            "Khoảng cách lớn nhất tới công trình xin dùng chung",
            "Farthest from the structure to be shared"
        ),
        new(
            "R09",
            "share_height_margin",
            0,
            true,
            100,
            "Chiều cao được phép vượt công trình dùng chung",
            "Height allowed above the shared structure"
        ),
        new("R10", "inner_horizontal_height", 0, false, 1_000, "Độ cao bề mặt ngang trong", "Inner horizontal surface: height"),
        new("R10", "inner_horizontal_radius", 0, false, 50_000, "Bán kính bề mặt ngang trong", "Inner horizontal surface: radius"),
        new("R10", "conical_slope", 0, false, 100, "Độ dốc bề mặt hình nón", "Conical surface: slope"),
        new("R10", "conical_height", 0, false, 1_000, "Độ cao bề mặt hình nón", "Conical surface: height"),
        new("R10", "approach_inner_edge", 0, false, 10_000, "Chiều dài cạnh trong bề mặt tiếp cận", "Approach surface: inner edge"),
        new(
            "R10",
            "approach_threshold_distance",
            0,
            true,
            10_000,
            "Khoảng cách từ ngưỡng đường cất hạ cánh tới cạnh trong bề mặt tiếp cận",
            "Approach surface: distance from the threshold"
        ),
        new("R10", "approach_divergence", 0, true, 100, "Độ mở mỗi bên của bề mặt tiếp cận", "Approach surface: divergence each side"),
        new(
            "R10",
            "approach_first_length",
            0,
            false,
            50_000,
            "Chiều dài đoạn thứ nhất bề mặt tiếp cận",
            "Approach surface: first section's length"
        ),
        new(
            "R10",
            "approach_first_slope",
            0,
            false,
            100,
            "Độ dốc đoạn thứ nhất bề mặt tiếp cận",
            "Approach surface: first section's slope"
        ),
        new(
            "R10",
            "approach_second_length",
            0,
            true,
            50_000,
            "Chiều dài đoạn thứ hai bề mặt tiếp cận",
            "Approach surface: second section's length"
        ),
        new(
            "R10",
            "approach_second_slope",
            0,
            true,
            100,
            "Độ dốc đoạn thứ hai bề mặt tiếp cận",
            "Approach surface: second section's slope"
        ),
        new(
            "R10",
            "approach_horizontal_length",
            0,
            true,
            50_000,
            "Chiều dài đoạn nằm ngang bề mặt tiếp cận",
            "Approach surface: horizontal section's length"
        ),
        new(
            "R11",
            "height_approval",
            0,
            false,
            300,
            "Độ cao công trình từ mức này trở lên phải được chấp thuận độ cao",
            "Height from which height approval is needed"
        ),
        new("R12", "power_density_limit", 0, false, 1_000, "Giới hạn mật độ công suất", "Power density limit"),
        new("WHERE", "search_radius", 0, true, 1_000, "Bán kính tìm vị trí phù hợp", "Radius searched for a conforming point"),
        // A finer grid than 5 m says no more of where a structure could stand, and at 1 cm the search's grid alone filled the memory.
        new("WHERE", "search_step", 5, true, 1_000, "Bước lưới tìm vị trí phù hợp", "Grid step of that search"),
    ];

    /// <summary>
    /// Rows a plan may give and that must make sense when it does: the roadmap's deadlines (ROADMAP.*, a year by which existing
    /// structures are camouflaged, relocated or their cables put underground). A plan without them has no deadlines to report.
    /// </summary>
    private static readonly Limit[] Optional =
    [
        new(
            "ROADMAP",
            "camouflage_deadline_year",
            2000,
            true,
            2100,
            "Năm phải hoàn thành ngụy trang công trình hiện có",
            "Year by which existing structures are camouflaged"
        ),
        new(
            "ROADMAP",
            "relocation_deadline_year",
            2000,
            true,
            2100,
            "Năm phải hoàn thành di dời công trình hiện có",
            "Year by which existing structures are relocated"
        ),
        new(
            "ROADMAP",
            "undergrounding_deadline_year",
            2000,
            true,
            2100,
            "Năm phải hoàn thành ngầm hóa cáp",
            "Year by which cables are put underground"
        ),
    ];

    /// <summary>
    /// What a rule table's row is, in Vietnamese and English ("Khoảng cách tối thiểu giữa hai cột A2b, khu vực đô thị" for
    /// R09.spacing_a2b_urban); null for a row no rule reads.
    /// </summary>
    public static (string Vi, string En)? Describe(string ruleId, string name) =>
        Required.Concat(Optional).FirstOrDefault(l => l.RuleId == ruleId && l.Name == name) is { } l ? (l.Vi, l.En) : null;

    /// <summary>The keys a plan must give, "R09.spacing_a2b_urban" and so on.</summary>
    public static IEnumerable<string> RequiredKeys => Required.Select(l => $"{l.RuleId}.{l.Name}");

    /// <summary>What is wrong with the table, each in Vietnamese and English; empty when it can be appraised against.</summary>
    public static IReadOnlyList<(string Vi, string En)> Problems(RuleTable table)
    {
        var problems = new List<(string, string)>();
        foreach (var p in table.Parameters.Where(p => !double.IsFinite(p.Value)))
        {
            problems.Add(
                ($"{p.Key}: giá trị {Show(p.Value)} không phải một số hữu hạn", $"{p.Key}: {Show(p.Value)} is not a finite number")
            );
        }

        foreach (var limit in Required.Concat(Optional))
        {
            if (!table.TryGet(limit.RuleId, limit.Name, out var p))
            {
                if (Array.IndexOf(Optional, limit) < 0)
                    problems.Add(($"thiếu tham số {limit.RuleId}.{limit.Name}", $"{limit.RuleId}.{limit.Name} is missing"));
                continue;
            }
            if (limit.RuleId == "ROADMAP" && double.IsFinite(p.Value) && p.Value != Math.Floor(p.Value))
            {
                problems.Add(
                    (
                        $"{p.Key} = {Show(p.Value)} không phải một năm (số nguyên)",
                        $"{p.Key} = {Show(p.Value)} is not a year (a whole number)"
                    )
                );
                continue;
            }

            var tooLow = limit.MinIncluded ? p.Value < limit.Min : p.Value <= limit.Min;
            if (double.IsFinite(p.Value) && (tooLow || p.Value > limit.Max))
            {
                var (lowVi, lowEn) = limit.MinIncluded ? ("từ", "from") : ("lớn hơn", "above");
                problems.Add(
                    (
                        $"{p.Key} = {Show(p.Value)} nằm ngoài khoảng hợp lý ({lowVi} {Show(limit.Min)} đến {Show(limit.Max)} {p.Unit})",
                        $"{p.Key} = {Show(p.Value)} is outside the sensible range ({lowEn} {Show(limit.Min)} to {Show(limit.Max)} {p.Unit})"
                    )
                );
            }
        }

        return problems;
    }

    private static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}

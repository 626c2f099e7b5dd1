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
    private sealed record Limit(string RuleId, string Name, double Min, bool MinIncluded, double Max);

    private static readonly Limit[] Required =
    [
        new("R08", "tolerance_urban", 0, true, 5_000),
        new("R08", "tolerance_rural", 0, true, 5_000),
        new("R09", "a2a_low_max_height", 0, false, 300),
        .. new[] { "a2a_low", "a2a_high", "a2b", "a2c" }.SelectMany(c =>
            new[] { "urban", "other" }.Select(w => new Limit("R09", $"spacing_{c}_{w}", 0, false, 10_000))
        ),
        new("R09", "share_tolerance", 0, true, 1_000),
        new("R09", "share_height_margin", 0, true, 100),
        new("R10", "inner_horizontal_height", 0, false, 1_000),
        new("R10", "inner_horizontal_radius", 0, false, 50_000),
        new("R10", "conical_slope", 0, false, 100),
        new("R10", "conical_height", 0, false, 1_000),
        new("R10", "approach_inner_edge", 0, false, 10_000),
        new("R10", "approach_threshold_distance", 0, true, 10_000),
        new("R10", "approach_divergence", 0, true, 100),
        new("R10", "approach_first_length", 0, false, 50_000),
        new("R10", "approach_first_slope", 0, false, 100),
        new("R10", "approach_second_length", 0, true, 50_000),
        new("R10", "approach_second_slope", 0, true, 100),
        new("R10", "approach_horizontal_length", 0, true, 50_000),
        new("R11", "height_approval", 0, false, 300),
        new("R12", "power_density_limit", 0, false, 1_000),
        new("WHERE", "search_radius", 0, true, 10_000),
        new("WHERE", "search_step", 0, false, 1_000),
    ];

    /// <summary>
    /// Rows a plan may give and that must make sense when it does: the roadmap's deadlines (ROADMAP.*, a year by which existing
    /// structures are camouflaged, relocated or their cables put underground). A plan without them has no deadlines to report.
    /// </summary>
    private static readonly Limit[] Optional =
    [
        new("ROADMAP", "camouflage_deadline_year", 2000, true, 2100),
        new("ROADMAP", "relocation_deadline_year", 2000, true, 2100),
        new("ROADMAP", "undergrounding_deadline_year", 2000, true, 2100),
    ];

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

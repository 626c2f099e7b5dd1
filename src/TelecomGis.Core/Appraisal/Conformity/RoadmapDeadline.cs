namespace TelecomGis.Core.Appraisal.Conformity;

/// <summary>What an existing structure must do to come into line with the plan, each with its own deadline in the plan's roadmap.</summary>
public enum RoadmapAction
{
    /// <summary>Camouflage the structure or replace it with a camouflaged non-bulky one (ngụy trang, thu gọn).</summary>
    Camouflage,

    /// <summary>Renovate, lower or move the structure (cải tạo, di dời).</summary>
    Relocation,

    /// <summary>Move aerial cables underground (ngầm hóa).</summary>
    Undergrounding,
}

/// <summary>
/// The date by which the plan's roadmap (lộ trình) requires an existing structure to be brought into line, from the rule table's
/// <c>ROADMAP</c> rows: the last day of the year the row gives.
/// </summary>
/// <param name="Key">The rule table's key, e.g. "ROADMAP.camouflage_deadline_year".</param>
/// <param name="Citation">The plan's text the row cites.</param>
public sealed record RoadmapDeadline(RoadmapAction Action, DateOnly Date, string Key, string Citation)
{
    /// <summary>The rule table's row for each action (the value is a year).</summary>
    public static string Parameter(RoadmapAction action) =>
        action switch
        {
            RoadmapAction.Camouflage => "camouflage_deadline_year",
            RoadmapAction.Relocation => "relocation_deadline_year",
            _ => "undergrounding_deadline_year",
        };

    public const string RuleId = "ROADMAP";

    /// <summary>The action in words, Vietnamese then English.</summary>
    public (string Vi, string En) Words =>
        Action switch
        {
            RoadmapAction.Camouflage => (
                "ngụy trang hoặc thay bằng cột không cồng kềnh",
                "camouflage or replace with a non-bulky structure"
            ),
            RoadmapAction.Relocation => ("cải tạo hoặc di dời", "renovate or relocate"),
            _ => ("ngầm hóa cáp", "move cables underground"),
        };
}

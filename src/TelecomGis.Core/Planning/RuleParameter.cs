namespace TelecomGis.Core.Planning;

/// <summary>One threshold of the plan's rule table with the legal text it comes from.</summary>
/// <param name="RuleId">R01…R12, or "WHERE" for the conforming-point search.</param>
/// <param name="Name">The parameter, e.g. "spacing.A2b.urban".</param>
/// <param name="Value">The number.</param>
/// <param name="Unit">m, %, W/m², …</param>
/// <param name="Citation">The legal source, e.g. "Nghị định 32/2016/NĐ-CP, Điều 8".</param>
public sealed record RuleParameter(string RuleId, string Name, double Value, string Unit, string Citation)
{
    public string Key => $"{RuleId}.{Name}";
}

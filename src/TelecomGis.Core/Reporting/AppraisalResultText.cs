using System.Globalization;
using System.Text;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Core.Reporting;

/// <summary>
/// The words of a results line that the CLI's CSV and the results workbook (CLI and API) share: the failing rules, their reasons, the features nearby.
/// Each field is put together in the caller's buffer, without a string per reason (the CSV writes 100,000 lines on every core).
/// Nothing here is guarded against formulas: the CSV guards its text cells, a workbook's text cells are never formulas.
/// </summary>
public static class AppraisalResultText
{
    /// <summary>What a rejected row's verdict reads, as the map names it.</summary>
    public const string RejectedVi = "Bị loại (dữ liệu lỗi)";

    /// <summary>The rules' Vietnamese titles by their numbers, as the plan's rule table and the letters name them.</summary>
    private static readonly Dictionary<string, string> RuleTitles = AppraisalEngine.StandardRules.ToDictionary(
        r => r.Id,
        r => r.TitleVi,
        StringComparer.Ordinal
    );

    /// <summary>
    /// The rules that failed or ask for a consultation: in Vietnamese by their titles ("Khu vực quân sự, an ninh (R04); Chiều cao
    /// tối đa (R07)"), in English by their ids ("R04|R07").
    /// </summary>
    public static StringBuilder FailingRules(StringBuilder text, IReadOnlyList<RuleResult> results, bool vietnamese)
    {
        text.Clear();
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            if (r.Outcome is not (RuleOutcome.Fail or RuleOutcome.Consult))
                continue;
            if (vietnamese)
            {
                if (text.Length > 0)
                    text.Append("; ");
                text.Append(RuleTitles.GetValueOrDefault(r.RuleId, r.RuleId)).Append(" (").Append(r.RuleId).Append(')');
            }
            else
            {
                if (text.Length > 0)
                    text.Append('|');
                text.Append(r.RuleId);
            }
        }
        return text;
    }

    /// <summary>The failing rules' reasons in one language, each after its rule's number: "[R04] … [R07] …".</summary>
    public static StringBuilder Reasons(StringBuilder text, IReadOnlyList<RuleResult> results, bool vietnamese)
    {
        text.Clear();
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            if (r.Outcome is not (RuleOutcome.Fail or RuleOutcome.Consult))
                continue;
            if (text.Length > 0)
                text.Append(' ');
            text.Append('[').Append(r.RuleId).Append("] ").Append(vietnamese ? r.MessageVi : r.MessageEn);
        }
        return text;
    }

    /// <summary>
    /// Each nearby feature by its code in the plan and its distance: "QN-P0123 (250 m); QN-S0456 (400 m)" in Vietnamese,
    /// "QN-P0123@250m|QN-S0456@400m" in English.
    /// </summary>
    public static string Nearby(IReadOnlyList<NearbyOption> options, bool vietnamese) =>
        vietnamese
            ? string.Join("; ", options.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Feature.Id} ({p.DistanceM:0} m)")))
            : string.Join("|", options.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Feature.Id}@{p.DistanceM:0}m")));
}

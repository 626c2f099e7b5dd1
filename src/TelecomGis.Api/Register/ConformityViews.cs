using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Conformity;
using TelecomGis.Core.Register;

namespace TelecomGis.Api.Register;

/// <summary>
/// A structure's conformity with the current plan (issue 11, 3): whether it conforms and, when not, every rule it breaks with the
/// reason in both languages and the deadline the plan's roadmap sets. Null on a structure the plan does not bind (a proposal, a
/// dismantled one).
/// </summary>
/// <param name="Judged">False when the structure lies outside the plan's province: nothing of the plan applies to it.</param>
/// <param name="Deadline">The earliest deadline among the failing rules; null when it conforms or no failing rule has one.</param>
public sealed record ConformityView(
    string PlanVersion,
    bool Judged,
    bool Conforms,
    DateOnly? Deadline,
    IReadOnlyList<FailingRuleView> Failures
)
{
    public static ConformityView Of(string planVersion, StructureConformity c) =>
        new(planVersion, c.Judged, c.Conforms, c.EarliestDeadline, [.. c.Failures.Select(FailingRuleView.Of)]);
}

/// <summary>One rule of the plan a structure breaks (R04 is never held against a standing structure, so no military or security
/// area is named here: <see cref="ConformityCheck"/>).</summary>
/// <param name="Outcome">fail, or consult for R10 where the aviation authority must be asked.</param>
/// <param name="Deadline">The roadmap's deadline (31 December of the year the plan's ROADMAP row gives); null where the plan sets none.</param>
/// <param name="RemedyVi">What the roadmap asks for by then, e.g. "cải tạo hoặc di dời"; for a rule without a deadline, who decides.</param>
/// <param name="DeadlineCitation">The plan's text the roadmap row cites.</param>
public sealed record FailingRuleView(
    string RuleId,
    string TitleVi,
    string TitleEn,
    string Outcome,
    string MessageVi,
    string MessageEn,
    double? MeasuredValue,
    string? Unit,
    double? Threshold,
    string? Citation,
    DateOnly? Deadline,
    string RemedyVi,
    string RemedyEn,
    string? DeadlineCitation
)
{
    /// <summary>Said of a failure the plan sets no deadline for: R10's obstacle is the aviation authority's to settle.</summary>
    public const string NoDeadlineVi = "quy hoạch không đặt thời hạn; cơ quan quản lý hàng không quyết định biện pháp",
        NoDeadlineEn = "the plan sets no deadline; the aviation authority decides the remedy";

    public static FailingRuleView Of(Nonconformity n)
    {
        var rule = ConformityCheck.Rules.FirstOrDefault(r => r.Id == n.RuleId);
        var r = n.Rule;
        var (remedyVi, remedyEn) = n.Deadline?.Words ?? (NoDeadlineVi, NoDeadlineEn);
        return new(
            n.RuleId,
            rule?.TitleVi ?? n.RuleId,
            rule?.TitleEn ?? n.RuleId,
            r.Outcome.Code(),
            r.MessageVi,
            r.MessageEn,
            r.MeasuredValue,
            r.Unit,
            r.Threshold,
            r.Citation,
            n.Deadline?.Date,
            remedyVi,
            remedyEn,
            n.Deadline?.Citation
        );
    }
}

/// <summary>
/// The list of non-conforming structures (issue 11, 3): every structure of the register the current plan binds, held against it,
/// grouped by failing rule and roadmap deadline. A structure that breaks two rules is listed under each.
/// </summary>
/// <param name="Held">Structures held against the plan (standing or approved).</param>
/// <param name="Nonconforming">Structures breaking at least one rule.</param>
/// <param name="Overdue">Non-conforming structures with a deadline before <paramref name="Today"/>.</param>
/// <param name="Sort">deadline (nearest first, then rule) or rule (then nearest deadline).</param>
public sealed record NonconformingListView(
    string PlanVersion,
    DateOnly Today,
    string Sort,
    int Held,
    int Nonconforming,
    int Overdue,
    IReadOnlyList<NonconformingGroupView> Groups
);

/// <summary>The structures breaking one rule with one deadline.</summary>
public sealed record NonconformingGroupView(
    string RuleId,
    string TitleVi,
    string TitleEn,
    DateOnly? Deadline,
    string RemedyVi,
    string RemedyEn,
    string? DeadlineCitation,
    bool Overdue,
    int Count,
    IReadOnlyList<NonconformingEntryView> Structures
);

/// <summary>One structure of a group: what and where it is, and why it breaks the group's rule.</summary>
public sealed record NonconformingEntryView(
    string Id,
    string Owner,
    string Code,
    double Lon,
    double Lat,
    string PoleClass,
    double HeightM,
    string Status,
    string StatusText,
    string? CommuneCode,
    string? CommuneName,
    string MessageVi,
    string MessageEn,
    double? MeasuredValue,
    string? Unit,
    double? Threshold
);

/// <summary>A structure found standing with no matching approval, and where that finding came from.</summary>
/// <param name="Source">decision, declaration, inspection or import: the source of the event that marked it unpermitted.</param>
/// <param name="Reference">That source's document (a declaration's or an inspection's id); <paramref name="ReferenceText"/> says it
/// in the caller's language (<see cref="RegisterReferenceWords"/>).</param>
public sealed record UnpermittedView(
    StructureView Structure,
    string? CommuneCode,
    string? CommuneName,
    string Source,
    string SourceText,
    string? Reference,
    string RecordedBy,
    string? Note,
    string? ReferenceText = null
)
{
    public static UnpermittedView Of(RegisteredStructure s, RegisterEvent? marked, Core.Administration.Commune? commune, bool english) =>
        new(
            StructureView.Of(s, english),
            commune?.Code,
            commune?.FullName,
            marked?.Source.Code() ?? "",
            marked is null ? ""
                : english ? marked.Source.Code()
                : marked.Source.Vi(),
            marked?.Reference,
            marked?.RecordedBy ?? "",
            marked?.Note,
            RegisterReferenceWords.Of(marked?.Reference, english)
        );
}

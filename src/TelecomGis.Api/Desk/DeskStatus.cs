using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Desk;

/// <summary>
/// Where a dossier stands on the desk: pending until every appraised site has a decision (or the whole batch has one), decided
/// until its letter is issued, issued until a correction reopens it. The store's listing computes the same in SQL
/// (<c>SqlAppraisalStore.StatusOfBatch</c>).
/// </summary>
public static class DeskStatus
{
    public const string Pending = "pending",
        Decided = "decided",
        Issued = "issued";

    public static readonly IReadOnlyList<string> All = [Pending, Decided, Issued];

    public static string Of(
        IReadOnlyList<RowOutcome> rows,
        IReadOnlyList<Decision> decisions,
        IReadOnlyList<SiteDecision> siteDecisions,
        IssuedLetter? letterInForce
    )
    {
        if (letterInForce is not null)
            return Issued;
        if (decisions.Any(d => d.Kind == DecisionKind.Decision))
            return Decided;
        var appraised = rows.Where(r => r.Appraisal is not null).Select(r => r.Row.Row).ToList();
        var decided = siteDecisions.Select(d => d.Row).ToHashSet();
        return appraised.Count > 0 && appraised.All(decided.Contains) ? Decided : Pending;
    }

    /// <summary>The status in the reader's language.</summary>
    public static string TextOf(string status, bool english) =>
        (status, english) switch
        {
            (Pending, false) => "Đang thẩm định",
            (Pending, true) => "Being appraised",
            (Decided, false) => "Đã có ý kiến thẩm định, chờ ban hành công văn",
            (Decided, true) => "Decided, letter not yet issued",
            (Issued, false) => "Đã ban hành công văn trả lời",
            (Issued, true) => "Reply letter issued",
            _ => status,
        };
}

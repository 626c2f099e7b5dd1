namespace TelecomGis.Core.Appraisal.Submissions;

/// <summary>One row of a carrier's submission after validation: either a site to appraise or the reason it cannot be.</summary>
public sealed record SubmissionRow(int Row, string Carrier, string SiteCode, ProposedSite? Site, RowRejection? Rejection)
{
    public static SubmissionRow Accepted(ProposedSite site) => new(site.Row, site.Carrier, site.SiteCode, site, null);

    public static SubmissionRow Rejected(int row, string carrier, string siteCode, string field, string vi, string en) =>
        new(row, carrier, siteCode, null, new RowRejection(row, field, vi, en));
}

/// <summary>The outcome of one submitted row: an appraisal, or the rejection that stopped it.</summary>
public sealed record RowOutcome(SubmissionRow Row, AppraisalResult? Appraisal, ConformingAlternative? Alternative = null)
{
    /// <summary>conforms, does_not_conform, needs_consultation or rejected.</summary>
    public string VerdictCode => Appraisal?.Verdict.Code() ?? "rejected";
}

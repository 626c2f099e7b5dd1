using TelecomGis.Core.Administration;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Reporting;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Storage.Reporting;

/// <summary>
/// Reads the desk's tables as of a day for the report (<see cref="DossierHistory"/>, one per appraised site): the batches received
/// by then, each appraised row's verdict and the rules that asked for a consultation, the consultation replies and the site
/// decisions recorded by the end of that day. Entries after it are left out, so a report on a past period reads what the
/// department knew then. Rejected rows were never appraised and are not dossiers.
/// </summary>
public static class DeskHistoryReader
{
    public static async Task<IReadOnlyList<DossierHistory>> ReadAsync(
        IAppraisalStore store,
        DateOnly asOf,
        CancellationToken cancellationToken = default
    )
    {
        if (store is SqlAppraisalStore sql)
            return Assemble(await sql.ReadDeskEntriesAsync(cancellationToken), asOf);
        return await ReadBatchByBatchAsync(store, asOf, cancellationToken);
    }

    /// <summary>The same read through the store's interface, batch by batch (three queries a batch): for a store that is not one of
    /// the SQL stores; the tests hold it against the bulk read.</summary>
    public static async Task<IReadOnlyList<DossierHistory>> ReadBatchByBatchAsync(
        IAppraisalStore store,
        DateOnly asOf,
        CancellationToken cancellationToken = default
    )
    {
        var result = new List<DossierHistory>();
        for (var offset = 0; ; offset += SqlAppraisalStore.MaxPageSize)
        {
            var page = await store.ListSubmissionsAsync(
                new SubmissionQuery(OldestFirst: true),
                offset,
                SqlAppraisalStore.MaxPageSize,
                cancellationToken
            );
            foreach (var listed in page.Items)
            {
                var batch = listed.Submission;
                var received = VietnamTime.DayOf(batch.SubmittedAt);
                if (received > asOf)
                    return result;
                await ReadBatchAsync(store, batch, received, asOf, result, cancellationToken);
            }
            if (page.Items.Count < page.Limit)
                return result;
        }
    }

    private static async Task ReadBatchAsync(
        IAppraisalStore store,
        Submission batch,
        DateOnly received,
        DateOnly asOf,
        List<DossierHistory> result,
        CancellationToken cancellationToken
    )
    {
        var rows = await store.LoadRowsAsync(batch.Id, cancellationToken);
        var decisions = (await store.ListSiteDecisionsAsync(batch.Id, cancellationToken))
            .Where(d => VietnamTime.DayOf(d.DecidedAt) <= asOf)
            .ToList();
        var consultations = (await store.ListConsultationsAsync(batch.Id, cancellationToken))
            .Where(c => VietnamTime.DayOf(c.RecordedAt) <= asOf)
            .ToList();
        foreach (var row in rows)
        {
            if (row.Appraisal is not { } appraisal)
                continue;
            var number = row.Row.Row;
            result.Add(
                new DossierHistory(
                    batch.Carrier,
                    received,
                    appraisal.Verdict,
                    [
                        .. appraisal
                            .Results.Where(r => r.Outcome == RuleOutcome.Consult)
                            .Select(r => r.RuleId)
                            .Distinct(StringComparer.Ordinal),
                    ],
                    [.. consultations.Where(c => c.Row == number).Select(c => (c.RuleId, VietnamTime.DayOf(c.RecordedAt)))],
                    [
                        .. decisions
                            .Where(d => d.Row == number)
                            .Select(d => new DatedAnswer(VietnamTime.DayOf(d.DecidedAt), AnswerOf(d.Decision))),
                    ]
                )
            );
        }
    }

    /// <summary>The dossiers from the store's entries in bulk (<see cref="SqlAppraisalStore.ReadDeskEntriesAsync"/>), as of a day.</summary>
    public static IReadOnlyList<DossierHistory> Assemble(DeskEntries entries, DateOnly asOf)
    {
        static ILookup<(long, int), DeskRowEntry> ByRow(IEnumerable<DeskRowEntry> list, DateOnly asOf) =>
            list.Where(e => VietnamTime.DayOf(e.At) <= asOf).ToLookup(e => (e.BatchId, e.Row));
        var consult = ByRow(entries.ConsultRules, asOf);
        var replies = ByRow(entries.Replies, asOf);
        var decisions = ByRow(entries.Decisions, asOf);
        var result = new List<DossierHistory>();
        foreach (var row in entries.Rows)
        {
            var received = VietnamTime.DayOf(row.ReceivedAt);
            if (received > asOf)
                continue;
            var key = (row.BatchId, row.Row);
            result.Add(
                new DossierHistory(
                    row.Carrier,
                    received,
                    VerdictOf(row.Verdict),
                    [.. consult[key].Select(c => c.Code).Distinct(StringComparer.Ordinal)],
                    [.. replies[key].Select(c => (c.Code, VietnamTime.DayOf(c.At)))],
                    [
                        .. decisions[key]
                            .Select(d => new DatedAnswer(
                                VietnamTime.DayOf(d.At),
                                AnswerOf(SiteDecision.Parse(d.Code) ?? throw new InvalidDataException($"Unknown site decision '{d.Code}'."))
                            )),
                    ]
                )
            );
        }
        return result;
    }

    private static Verdict VerdictOf(string code) =>
        code switch
        {
            "conforms" => Verdict.Conforms,
            "does_not_conform" => Verdict.DoesNotConform,
            "needs_consultation" => Verdict.NeedsConsultation,
            _ => throw new InvalidDataException($"Unknown verdict '{code}'."),
        };

    private static DossierAnswer AnswerOf(SiteDecisionKind kind) =>
        kind switch
        {
            SiteDecisionKind.Approve => DossierAnswer.Conforms,
            SiteDecisionKind.ApproveWithConditions => DossierAnswer.ConformsWithConditions,
            _ => DossierAnswer.DoesNotConform,
        };
}

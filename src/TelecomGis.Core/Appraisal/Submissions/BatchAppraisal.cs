namespace TelecomGis.Core.Appraisal.Submissions;

/// <summary>Verdict counts of a batch, as the quarterly report gives them.</summary>
public sealed record BatchSummary(int Total, int Conforms, int DoesNotConform, int NeedsConsultation, int Rejected);

/// <summary>
/// Appraises a batch of rows across all cores. Rejected rows pass through with their reason and never block the others;
/// the output keeps the input's order.
/// </summary>
public static class BatchAppraisal
{
    private const int ChunkSize = 256;

    /// <param name="withAlternatives">Also search where each non-conforming site would conform (costly: up to thousands of trial points per site).</param>
    /// <param name="progress">Receives the number of rows done so far, about every chunk.</param>
    public static RowOutcome[] Run(AppraisalEngine engine, IReadOnlyList<SubmissionRow> rows, bool withAlternatives = false,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var outcomes = new RowOutcome[rows.Count];
        var done = 0;
        var chunks = (rows.Count + ChunkSize - 1) / ChunkSize;
        Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken }, chunk =>
        {
            var end = Math.Min(rows.Count, (chunk + 1) * ChunkSize);
            for (var i = chunk * ChunkSize; i < end; i++)
            {
                var row = rows[i];
                if (row.Site is null)
                {
                    outcomes[i] = new RowOutcome(row, null);
                    continue;
                }
                var appraisal = engine.Appraise(row.Site);
                var alternative = withAlternatives && appraisal.Verdict == Verdict.DoesNotConform ? engine.FindConformingAlternative(row.Site) : null;
                outcomes[i] = new RowOutcome(row, appraisal, alternative);
            }
            progress?.Report(Interlocked.Add(ref done, end - chunk * ChunkSize));
        });
        return outcomes;
    }

    public static BatchSummary Summarise(IReadOnlyCollection<RowOutcome> outcomes)
    {
        int conforms = 0, not = 0, consult = 0, rejected = 0;
        foreach (var o in outcomes)
        {
            switch (o.Appraisal?.Verdict)
            {
                case null: rejected++; break;
                case Verdict.Conforms: conforms++; break;
                case Verdict.DoesNotConform: not++; break;
                default: consult++; break;
            }
        }
        return new BatchSummary(outcomes.Count, conforms, not, consult, rejected);
    }
}

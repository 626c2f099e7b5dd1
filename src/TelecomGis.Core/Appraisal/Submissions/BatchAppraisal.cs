namespace TelecomGis.Core.Appraisal.Submissions;

/// <summary>Verdict counts of a batch, as the quarterly report gives them.</summary>
public sealed record BatchSummary(int Total, int Conforms, int DoesNotConform, int NeedsConsultation, int Rejected)
{
    public static BatchSummary Of(IEnumerable<RowOutcome> outcomes)
    {
        int total = 0,
            conforms = 0,
            not = 0,
            consult = 0,
            rejected = 0;
        foreach (var o in outcomes)
        {
            total++;
            switch (o.Appraisal?.Verdict)
            {
                case null:
                    rejected++;
                    break;
                case Verdict.Conforms:
                    conforms++;
                    break;
                case Verdict.DoesNotConform:
                    not++;
                    break;
                default:
                    consult++;
                    break;
            }
        }
        return new BatchSummary(total, conforms, not, consult, rejected);
    }

    public BatchSummary Add(BatchSummary other) =>
        new(
            Total + other.Total,
            Conforms + other.Conforms,
            DoesNotConform + other.DoesNotConform,
            NeedsConsultation + other.NeedsConsultation,
            Rejected + other.Rejected
        );

    public static BatchSummary Empty { get; } = new(0, 0, 0, 0, 0);
}

/// <summary>
/// Appraises a batch of rows across all cores, in waves that are handed to a sink in input order and then let go, so a batch of
/// a million rows holds one wave's results in memory, not a million. Rejected rows pass through with their reason and never
/// block the others.
/// </summary>
public static class BatchAppraisal
{
    private const int ChunkSize = 64;

    /// <summary>Rows per wave: large enough to keep both cores busy, small enough that its results die young.</summary>
    public const int WaveSize = 1024;

    /// <param name="sink">Receives each wave's outcomes, in input order.</param>
    /// <param name="withAlternatives">Also search where each non-conforming site would conform (costly: up to thousands of trial points per site).</param>
    /// <param name="progress">Receives the number of rows done so far, about every chunk.</param>
    public static BatchSummary Run(
        AppraisalEngine engine,
        IReadOnlyList<SubmissionRow> rows,
        Action<IReadOnlyList<RowOutcome>> sink,
        bool withAlternatives = false,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        var summary = BatchSummary.Empty;
        var done = 0;
        for (var start = 0; start < rows.Count; start += WaveSize)
        {
            var wave = new RowOutcome[Math.Min(WaveSize, rows.Count - start)];
            var chunks = (wave.Length + ChunkSize - 1) / ChunkSize;
            var offset = start;
            Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken }, chunk =>
            {
                var end = Math.Min(wave.Length, (chunk + 1) * ChunkSize);
                for (var i = chunk * ChunkSize; i < end; i++)
                {
                    wave[i] = Appraise(engine, rows[offset + i], withAlternatives);
                }
                progress?.Report(Interlocked.Add(ref done, end - chunk * ChunkSize));
            });
            summary = summary.Add(BatchSummary.Of(wave));
            sink(wave);
        }
        return summary;
    }

    /// <summary>The whole batch's outcomes in one array: for callers that need them all at once (an API response, a test).</summary>
    public static RowOutcome[] Run(
        AppraisalEngine engine,
        IReadOnlyList<SubmissionRow> rows,
        bool withAlternatives = false,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        var all = new List<RowOutcome>(rows.Count);
        Run(engine, rows, all.AddRange, withAlternatives, progress, cancellationToken);
        return [.. all];
    }

    private static RowOutcome Appraise(AppraisalEngine engine, SubmissionRow row, bool withAlternatives)
    {
        if (row.Site is null)
            return new RowOutcome(row, null);
        var appraisal = engine.Appraise(row.Site);
        var alternative =
            withAlternatives && ConformingAlternative.IsSoughtFor(appraisal.Verdict) ? engine.FindConformingAlternative(row.Site) : null;
        return new RowOutcome(row, appraisal, alternative);
    }
}

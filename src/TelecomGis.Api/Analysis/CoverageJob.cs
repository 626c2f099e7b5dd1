using TelecomGis.Core.Coverage;

namespace TelecomGis.Api.Analysis;

/// <summary>The states of a background coverage run.</summary>
public enum CoverageJobState
{
    Running,
    Finished,
    Failed,
    Cancelled,
}

/// <summary>One coverage run started through the API: its progress while it runs, its result once finished.</summary>
public sealed class CoverageJob(Guid id, CoverageParameters parameters, int rows)
{
    private int _rowsDone;

    public Guid Id { get; } = id;
    public CoverageParameters Parameters { get; } = parameters;
    public int Rows { get; } = rows;
    public int RowsDone => Volatile.Read(ref _rowsDone);
    public CoverageJobState State { get; private set; } = CoverageJobState.Running;
    public string? Error { get; private set; }
    public CoverageResult? Result { get; private set; }
    public CancellationTokenSource Cancellation { get; } = new();

    /// <summary>When the run finished (UTC), or null while it runs or when it failed.</summary>
    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>When the run ended, finished, failed or cancelled (UTC); null while it runs.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    internal IProgress<int> Progress => new RowsProgress(this);

    internal void Finish(CoverageResult result, DateTimeOffset at)
    {
        Result = result;
        Volatile.Write(ref _rowsDone, Rows);
        FinishedAt = at;
        EndedAt = at;
        State = CoverageJobState.Finished;
    }

    internal void Fail(Exception e, DateTimeOffset at)
    {
        State = e is OperationCanceledException ? CoverageJobState.Cancelled : CoverageJobState.Failed;
        Error = e is OperationCanceledException ? null : e.Message;
        EndedAt = at;
    }

    private sealed class RowsProgress(CoverageJob job) : IProgress<int>
    {
        public void Report(int value) => Volatile.Write(ref job._rowsDone, value);
    }
}

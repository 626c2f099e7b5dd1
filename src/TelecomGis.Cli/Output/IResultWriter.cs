using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Cli.Output;

/// <summary>Writes a batch's outcomes as they come, wave by wave, then closes the document with the summary.</summary>
internal interface IResultWriter : IDisposable
{
    void Write(IReadOnlyList<RowOutcome> outcomes);

    void Finish(BatchSummary summary);
}

using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Reports.Spreadsheets;

namespace TelecomGis.Cli.Output;

/// <summary><c>appraise --out results.xlsx</c>: the waves of results into an <see cref="AppraisalResultsWorkbook"/>.</summary>
internal sealed class AppraisalXlsxWriter(Stream output, bool withAlternatives, bool vietnamese, AppraisalRunFacts facts) : IResultWriter
{
    private readonly AppraisalResultsWorkbook _workbook = new(output, withAlternatives, vietnamese, facts);

    public void Write(IReadOnlyList<RowOutcome> outcomes) => _workbook.Write(outcomes);

    public void Finish(BatchSummary summary) => _workbook.Finish(summary);

    public void Dispose() => _workbook.Dispose();
}

using System.Globalization;
using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Desk;
using TelecomGis.Api.Hosting;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Planning;
using TelecomGis.Reports.Spreadsheets;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Submissions;

/// <summary>
/// A batch's results as an Excel workbook, as the caller may see it (a carrier only its own; 404 otherwise): a row per site with
/// its verdict, the rules that decided it and why, the commune and, where the batch asked, the nearest conforming point; a second
/// sheet with the plan, the day and the counts. The appraisers' overrides and the consulted authorities' answers are applied, as
/// on the map and in the letter; outside the department R04 names no military or security area.
/// </summary>
/// <param name="English">The English columns and the verdicts' codes (Accept-Language: en); Vietnamese otherwise.</param>
public sealed record GetSubmissionResultsWorkbook(ApiUser User, long Id, bool English) : IRequest<SubmissionResultsFile>;

/// <summary>The workbook as a file to download.</summary>
public sealed record SubmissionResultsFile(byte[] Content, string FileName)
{
    public const string ContentType = XlsxTableWriter.ContentType;
}

public sealed class SubmissionResultsWorkbookHandler(IAppraisalStore store, SubmissionDirectory directory, LoadedPlans plans)
    : IRequestHandler<GetSubmissionResultsWorkbook, SubmissionResultsFile>
{
    public async ValueTask<SubmissionResultsFile> Handle(GetSubmissionResultsWorkbook request, CancellationToken cancellationToken)
    {
        var batch = await directory.GetAsync(request.Id, request.User, cancellationToken);
        var dossier = await Dossier.LoadAsync(store, batch, cancellationToken);
        var rows = dossier
            .RowsAsAnswered(a => a.SeenBy(request.User))
            .Select(r => r with { Alternative = r.AlternativeSeenBy(request.User) })
            .ToList();

        // The plan the sites were appraised against, by its decision, not whichever is current today.
        var loaded = await plans.GetAsync(batch.PlanVersion, cancellationToken)
            ?? throw new InvalidOperationException(
                $"Batch {batch.Id} refers to plan version {batch.PlanVersion.Short}, which the store cannot load."
            );
        var (planVi, planEn) = PlanVersionWords.OfBundle(loaded.Plan);
        var received = VietnamTime.DayOf(batch.SubmittedAt);
        var day = received.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var facts = request.English
            ? new AppraisalRunFacts(planEn, received, $"batch {batch.Id} from {batch.Carrier}, received {day}")
            : new AppraisalRunFacts(planVi, received, $"Hồ sơ số {batch.Id} của {batch.Carrier}, nhận ngày {day}");

        using var stream = new MemoryStream();
        using (var workbook = new AppraisalResultsWorkbook(stream, rows.Any(r => r.Alternative is not null), !request.English, facts))
        {
            workbook.Write(rows);
            workbook.Finish(BatchSummary.Of(rows));
        }
        var name = request.English ? $"results-{batch.Id}.xlsx" : $"ket-qua-tham-dinh-{batch.Id}.xlsx";
        return new SubmissionResultsFile(stream.ToArray(), name);
    }
}

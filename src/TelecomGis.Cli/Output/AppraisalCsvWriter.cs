using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Cli.Output;

/// <summary>
/// One line per submitted row, plus the conforming alternative when it was searched for. A file a person opens in Excel, so its
/// headers and words are in the tool's language: in Vietnamese the verdict in words, the failing rules by their titles, the reasons
/// in Vietnamese, the commune by its code and name and the plan by its approving decision; with <c>--lang en</c> the columns
/// <c>row,carrier,site_code,lon,lat,verdict,failing_rules,reasons_vi,reasons_en,commune_code,plan_version</c>, codes and both
/// languages' reasons, as programs have read it. Text from the input (carrier, site code) never runs as a formula
/// (<see cref="SpreadsheetText"/>).
/// </summary>
internal sealed class AppraisalCsvWriter : IResultWriter
{
    /// <summary>
    /// Rows formatted per task: formatting (numbers, messages, quoting) costs as much as appraising, so it runs on every core. Few
    /// enough that a part's text stays under the 85 kB of the large-object heap: 256 rows' buffers were allocated there, and each
    /// such allocation counts towards a full (generation 2) collection, with every row of the batch still alive (issue 14, item 5).
    /// </summary>
    private const int RowsPerPart = 64;

    private static readonly string[] EnglishHeader =
    [
        "row",
        "carrier",
        "site_code",
        "lon",
        "lat",
        "verdict",
        "failing_rules",
        "reasons_vi",
        "reasons_en",
        "commune_code",
        "plan_version",
    ];

    private static readonly string[] EnglishAlternativeHeader =
    [
        "conforming_lon",
        "conforming_lat",
        "conforming_distance_m",
        "conforming_bearing_deg",
        "planned_positions_nearby",
        "sites_to_share_nearby",
    ];

    private static readonly string[] VietnameseHeader =
    [
        "Dòng",
        "Doanh nghiệp",
        "Mã trạm",
        "Kinh độ",
        "Vĩ độ",
        "Kết quả thẩm định",
        "Quy định không đạt hoặc cần xin ý kiến",
        "Lý do",
        "Mã xã",
        "Xã, phường",
        "Quy hoạch",
    ];

    private static readonly string[] VietnameseAlternativeHeader =
    [
        "Kinh độ điểm phù hợp gần nhất",
        "Vĩ độ điểm phù hợp gần nhất",
        "Khoảng cách đến điểm phù hợp (m)",
        "Hướng đến điểm phù hợp (độ)",
        "Vị trí quy hoạch gần đó",
        "Trạm hiện có có thể dùng chung",
    ];

    private readonly TextWriter _writer;
    private readonly CsvWriter _csv;
    private readonly bool _withAlternatives;
    private readonly string? _planVi;

    /// <param name="planVi">
    /// The plan in Vietnamese words (<see cref="Core.Planning.PlanVersionWords.OfBundle"/>): the file is in Vietnamese. Null: in
    /// English, the plan by its version hash.
    /// </param>
    public AppraisalCsvWriter(TextWriter writer, bool withAlternatives, string? planVi)
    {
        _writer = writer;
        _csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        _withAlternatives = withAlternatives;
        _planVi = planVi;
        var vietnamese = planVi is not null;
        foreach (var h in vietnamese ? VietnameseHeader : EnglishHeader)
            _csv.WriteField(h);
        if (withAlternatives)
        {
            foreach (var h in vietnamese ? VietnameseAlternativeHeader : EnglishAlternativeHeader)
                _csv.WriteField(h);
        }
        _csv.NextRecord();
        // The header goes to the writer now: from here on only the waves' parts write to it, one wave at a time (Write).
        _csv.Flush();
    }

    /// <summary>
    /// The previous wave's parts still going to the file: a wave's text is written while the next wave is appraised, so neither
    /// core waits for the file (encoding 37 MB as UTF-8 and writing it was a tenth of a 100,000-row batch, on one core).
    /// </summary>
    private Task _writing = Task.CompletedTask;

    public void Finish(BatchSummary summary)
    {
        _writing.GetAwaiter().GetResult();
        _writer.Flush();
    }

    public void Dispose()
    {
        // After a failure elsewhere the last wave's write is let finish (its own error, if any, is not the one to report).
        ((IAsyncResult)_writing).AsyncWaitHandle.WaitOne();
        _csv.Dispose();
    }

    public void Write(IReadOnlyList<RowOutcome> outcomes)
    {
        var parts = new StringBuilder[(outcomes.Count + RowsPerPart - 1) / RowsPerPart];
        Parallel.For(0, parts.Length, p =>
        {
            var part = RentPart();
            using (var csv = new CsvWriter(new StringWriter(part, CultureInfo.InvariantCulture), PartConfiguration))
            {
                var end = Math.Min(outcomes.Count, (p + 1) * RowsPerPart);
                for (var i = p * RowsPerPart; i < end; i++)
                    if (_planVi is null)
                        WriteRow(csv, outcomes[i], _withAlternatives);
                    else
                        WriteVietnameseRow(csv, outcomes[i], _withAlternatives, _planVi);
            }
            parts[p] = part;
        });
        // One wave's text goes to the file at a time, in order; a failed write (a full disk) is reported here.
        _writing.GetAwaiter().GetResult();
        // The parts' text goes to the writer chunk by chunk (TextWriter.Write(StringBuilder)), never copied into a string first.
        _writing = Task.Run(() =>
        {
            foreach (var part in parts)
            {
                _writer.Write(part);
                ReturnPart(part);
            }
        });
    }

    // The invariant culture's configuration, made once: CsvHelper otherwise builds one for every part's writer.
    private static readonly CsvConfiguration PartConfiguration = new(CultureInfo.InvariantCulture);

    /// <summary>
    /// Parts' buffers kept from wave to wave: a 100,000-row batch wrote 1,563 parts, each allocating its buffer and then its string
    /// (issue 14, item 5). About 320 characters a row (the generated mix's average): a buffer is sized once, not grown.
    /// </summary>
    private readonly ConcurrentBag<StringBuilder> _spareParts = [];

    private StringBuilder RentPart() => _spareParts.TryTake(out var part) ? part : new StringBuilder(RowsPerPart * 400);

    private void ReturnPart(StringBuilder part)
    {
        part.Clear();
        _spareParts.Add(part);
    }

    private static void WriteRow(CsvWriter csv, RowOutcome o, bool withAlternatives)
    {
        csv.WriteField(o.Row.Row.ToString(CultureInfo.InvariantCulture)); // as text: CsvHelper looks a number's converter up per field
        csv.WriteField(SpreadsheetText.Guard(o.Row.Carrier));
        csv.WriteField(SpreadsheetText.Guard(o.Row.SiteCode));
        if (o.Appraisal is { } a)
        {
            csv.WriteField(a.Site.LonDeg.ToString("0.0000000", CultureInfo.InvariantCulture));
            csv.WriteField(a.Site.LatDeg.ToString("0.0000000", CultureInfo.InvariantCulture));
            csv.WriteField(o.VerdictCode);
            WriteObjections(csv, a.Results);
            csv.WriteField(a["R02"].DecidingFeature?.Id ?? "");
            csv.WriteField(a.PlanVersion);
        }
        else
        {
            var r = o.Row.Rejection!;
            csv.WriteField("");
            csv.WriteField("");
            csv.WriteField(o.VerdictCode);
            csv.WriteField("");
            csv.WriteField($"[{r.Field}] {r.MessageVi}");
            csv.WriteField($"[{r.Field}] {r.MessageEn}");
            csv.WriteField("");
            csv.WriteField("");
        }
        if (withAlternatives)
        {
            var alt = o.Alternative;
            csv.WriteField(alt?.LonDeg?.ToString("0.0000000", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(alt?.LatDeg?.ToString("0.0000000", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(alt?.DistanceM?.ToString("0.0", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(alt?.BearingDeg?.ToString("0.0", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(alt is null ? "" : SpreadsheetText.Guard(AppraisalResultText.Nearby(alt.PlannedPositions, vietnamese: false)));
            csv.WriteField(alt is null ? "" : SpreadsheetText.Guard(AppraisalResultText.Nearby(alt.SitesToShare, vietnamese: false)));
        }
        csv.NextRecord();
    }

    private static void WriteVietnameseRow(CsvWriter csv, RowOutcome o, bool withAlternatives, string planVi)
    {
        csv.WriteField(o.Row.Row.ToString(CultureInfo.InvariantCulture)); // as text: CsvHelper looks a number's converter up per field
        csv.WriteField(SpreadsheetText.Guard(o.Row.Carrier));
        csv.WriteField(SpreadsheetText.Guard(o.Row.SiteCode));
        if (o.Appraisal is { } a)
        {
            csv.WriteField(a.Site.LonDeg.ToString("0.0000000", CultureInfo.InvariantCulture));
            csv.WriteField(a.Site.LatDeg.ToString("0.0000000", CultureInfo.InvariantCulture));
            csv.WriteField(a.Verdict.Vietnamese());
            WriteVietnameseObjections(csv, a.Results);
            var commune = a["R02"].DecidingFeature;
            csv.WriteField(commune?.Id ?? "");
            csv.WriteField(SpreadsheetText.Guard(commune?.Name));
            csv.WriteField(planVi);
        }
        else
        {
            csv.WriteField("");
            csv.WriteField("");
            csv.WriteField(AppraisalResultText.RejectedVi);
            csv.WriteField("");
            // The reader's message names the row and the column: "Dòng 7, cột Kinh độ: …".
            csv.WriteField(SpreadsheetText.Guard(o.Row.Rejection!.MessageVi));
            csv.WriteField("");
            csv.WriteField("");
            csv.WriteField("");
        }
        if (withAlternatives)
        {
            var alt = o.Alternative;
            csv.WriteField(alt?.LonDeg?.ToString("0.0000000", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(alt?.LatDeg?.ToString("0.0000000", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(alt?.DistanceM?.ToString("0.0", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(alt?.BearingDeg?.ToString("0.0", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(alt is null ? "" : SpreadsheetText.Guard(AppraisalResultText.Nearby(alt.PlannedPositions, vietnamese: true)));
            csv.WriteField(alt is null ? "" : SpreadsheetText.Guard(AppraisalResultText.Nearby(alt.SitesToShare, vietnamese: true)));
        }
        csv.NextRecord();
    }

    /// <summary>The failing rules by their titles, then their Vietnamese reasons.</summary>
    private static void WriteVietnameseObjections(CsvWriter csv, IReadOnlyList<RuleResult> results)
    {
        var text = FieldBuffer ??= new StringBuilder(1024);
        csv.WriteField(AppraisalResultText.FailingRules(text, results, vietnamese: true).ToString());
        csv.WriteField(AppraisalResultText.Reasons(text, results, vietnamese: true).ToString());
    }

    /// <summary>The failing rules' ids ("R04|R09"), then their Vietnamese and their English reasons.</summary>
    private static void WriteObjections(CsvWriter csv, IReadOnlyList<RuleResult> results)
    {
        var text = FieldBuffer ??= new StringBuilder(1024);
        csv.WriteField(AppraisalResultText.FailingRules(text, results, vietnamese: false).ToString());
        csv.WriteField(AppraisalResultText.Reasons(text, results, vietnamese: true).ToString());
        csv.WriteField(AppraisalResultText.Reasons(text, results, vietnamese: false).ToString());
    }

    [ThreadStatic]
    private static StringBuilder? FieldBuffer;
}

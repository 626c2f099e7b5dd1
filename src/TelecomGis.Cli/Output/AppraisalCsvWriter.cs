using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Cli.Output;

/// <summary>
/// One line per submitted row: <c>row,carrier,site_code,lon,lat,verdict,failing_rules,reasons_vi,reasons_en,commune_code,plan_version</c>,
/// plus the conforming alternative when it was searched for.
/// </summary>
internal sealed class AppraisalCsvWriter : IResultWriter
{
    /// <summary>
    /// Rows formatted per task: formatting (numbers, messages, quoting) costs as much as appraising, so it runs on every core. Few
    /// enough that a part's text stays under the 85 kB of the large-object heap: 256 rows' buffers were allocated there, and each
    /// such allocation counts towards a full (generation 2) collection, with every row of the batch still alive (issue 14, item 5).
    /// </summary>
    private const int RowsPerPart = 64;

    private readonly TextWriter _writer;
    private readonly CsvWriter _csv;
    private readonly bool _withAlternatives;

    public AppraisalCsvWriter(TextWriter writer, bool withAlternatives)
    {
        _writer = writer;
        _csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        _withAlternatives = withAlternatives;
        var csv = _csv;
        foreach (
            var h in new[]
            {
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
            }
        )
        {
            csv.WriteField(h);
        }
        if (withAlternatives)
        {
            foreach (
                var h in new[]
                {
                    "conforming_lon",
                    "conforming_lat",
                    "conforming_distance_m",
                    "conforming_bearing_deg",
                    "planned_positions_nearby",
                    "sites_to_share_nearby",
                }
            )
            {
                csv.WriteField(h);
            }
        }
        csv.NextRecord();
    }

    public void Finish(BatchSummary summary) => _writer.Flush();

    public void Dispose() => _csv.Dispose();

    public void Write(IReadOnlyList<RowOutcome> outcomes)
    {
        _csv.Flush();
        var parts = new StringBuilder[(outcomes.Count + RowsPerPart - 1) / RowsPerPart];
        Parallel.For(0, parts.Length, p =>
        {
            var part = RentPart();
            using (var csv = new CsvWriter(new StringWriter(part, CultureInfo.InvariantCulture), PartConfiguration))
            {
                var end = Math.Min(outcomes.Count, (p + 1) * RowsPerPart);
                for (var i = p * RowsPerPart; i < end; i++)
                    WriteRow(csv, outcomes[i], _withAlternatives);
            }
            parts[p] = part;
        });
        // The parts' text goes to the writer chunk by chunk (TextWriter.Write(StringBuilder)), never copied into a string first.
        foreach (var part in parts)
        {
            _writer.Write(part);
            ReturnPart(part);
        }
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
        csv.WriteField(o.Row.Row);
        csv.WriteField(o.Row.Carrier);
        csv.WriteField(o.Row.SiteCode);
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
            csv.WriteField(alt is null ? "" : string.Join("|", alt.PlannedPositions.Select(p => $"{p.Feature.Id}@{p.DistanceM:0}m")));
            csv.WriteField(alt is null ? "" : string.Join("|", alt.SitesToShare.Select(s => $"{s.Feature.Id}@{s.DistanceM:0}m")));
        }
        csv.NextRecord();
    }

    /// <summary>
    /// The failing rules' ids ("R04|R09"), then their Vietnamese and their English reasons, each prefixed with the rule's id: each
    /// field put together in one buffer, without a string per reason.
    /// </summary>
    private static void WriteObjections(CsvWriter csv, IReadOnlyList<RuleResult> results)
    {
        var text = FieldBuffer ??= new StringBuilder(1024);
        for (var field = 0; field < 3; field++)
        {
            text.Clear();
            for (var i = 0; i < results.Count; i++)
            {
                var r = results[i];
                if (r.Outcome is not (RuleOutcome.Fail or RuleOutcome.Consult))
                    continue;
                if (text.Length > 0)
                    text.Append(field == 0 ? '|' : ' ');
                if (field == 0)
                    text.Append(r.RuleId);
                else
                    text.Append('[').Append(r.RuleId).Append("] ").Append(field == 1 ? r.MessageVi : r.MessageEn);
            }
            csv.WriteField(text.ToString());
        }
    }

    [ThreadStatic]
    private static StringBuilder? FieldBuffer;
}

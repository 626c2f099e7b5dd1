using System.Globalization;
using CsvHelper;
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
        var parts = new string[(outcomes.Count + RowsPerPart - 1) / RowsPerPart];
        Parallel.For(0, parts.Length, p =>
        {
            // About 320 characters a row (the generated mix's average): the part's buffer is sized once instead of grown block by block.
            using var text = new StringWriter(new System.Text.StringBuilder(RowsPerPart * 400), CultureInfo.InvariantCulture);
            using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture, leaveOpen: true))
            {
                var end = Math.Min(outcomes.Count, (p + 1) * RowsPerPart);
                for (var i = p * RowsPerPart; i < end; i++)
                    WriteRow(csv, outcomes[i], _withAlternatives);
            }
            parts[p] = text.ToString();
        });
        foreach (var part in parts)
            _writer.Write(part);
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
            var objections = a.Objections.ToArray();
            csv.WriteField(string.Join("|", objections.Select(r => r.RuleId)));
            csv.WriteField(string.Join(" ", objections.Select(r => $"[{r.RuleId}] {r.MessageVi}")));
            csv.WriteField(string.Join(" ", objections.Select(r => $"[{r.RuleId}] {r.MessageEn}")));
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
}

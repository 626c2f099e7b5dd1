using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Cli.Output;

/// <summary>The full record of a batch as JSON: every rule's outcome, measured figure, threshold and deciding feature.</summary>
internal static class AppraisalJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Vietnamese text stays readable in the file instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream stream, IReadOnlyList<RowOutcome> outcomes, BatchSummary summary)
    {
        var document = new
        {
            summary = new { summary.Total, summary.Conforms, summary.DoesNotConform, summary.NeedsConsultation, summary.Rejected },
            sites = outcomes.Select(o => new
            {
                o.Row.Row,
                o.Row.Carrier,
                o.Row.SiteCode,
                Verdict = o.VerdictCode,
                Lon = o.Appraisal?.Site.LonDeg,
                Lat = o.Appraisal?.Site.LatDeg,
                PlanVersion = o.Appraisal?.PlanVersion,
                Rejection = o.Row.Rejection is { } r ? new { r.Field, r.MessageVi, r.MessageEn } : null,
                Rules = o.Appraisal?.Results.Select(x => new
                {
                    Id = x.RuleId,
                    Outcome = x.Outcome.Code(),
                    x.MeasuredValue,
                    x.Unit,
                    x.Threshold,
                    Feature = x.DecidingFeature,
                    x.Citation,
                    x.MessageVi,
                    x.MessageEn,
                }),
                Alternative = o.Alternative,
            }),
        };
        JsonSerializer.Serialize(stream, document, Options);
    }
}

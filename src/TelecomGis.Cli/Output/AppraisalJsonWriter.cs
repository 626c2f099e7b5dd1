using System.Text.Encodings.Web;
using System.Text.Json;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Cli.Output;

/// <summary>
/// The full record of a batch as JSON: every rule's outcome, measured figure, threshold and deciding feature, streamed site by
/// site, with the verdict counts at the end.
/// </summary>
internal sealed class AppraisalJsonWriter : IResultWriter
{
    // Vietnamese text stays readable in the file instead of \u escapes.
    private static readonly AppraisalJsonContext Json = new(
        new JsonSerializerOptions(AppraisalJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
    );

    private readonly Utf8JsonWriter _json;

    public AppraisalJsonWriter(Stream stream)
    {
        _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Json.Options.Encoder });
        _json.WriteStartObject();
        _json.WriteStartArray("sites");
    }

    public void Write(IReadOnlyList<RowOutcome> outcomes)
    {
        foreach (var o in outcomes)
            JsonSerializer.Serialize(_json, Site(o), Json.AppraisalJsonSite);
        _json.Flush();
    }

    public void Finish(BatchSummary summary)
    {
        _json.WriteEndArray();
        _json.WritePropertyName("summary");
        JsonSerializer.Serialize(_json, summary, Json.BatchSummary);
        _json.WriteEndObject();
        _json.Flush();
    }

    private static AppraisalJsonSite Site(RowOutcome o) =>
        new(
            o.Row.Row,
            o.Row.Carrier,
            o.Row.SiteCode,
            o.VerdictCode,
            o.Appraisal?.Site.LonDeg,
            o.Appraisal?.Site.LatDeg,
            o.Appraisal?.Site.GroundElevationM,
            o.Appraisal?.Site is { GroundElevationM: not null } site
                ? site.GroundElevationSource == GroundElevationSource.TerrainModel
                    ? "dem"
                    : "carrier"
                : null,
            o.Appraisal?.PlanVersion,
            o.Row.Rejection is { } r ? new AppraisalJsonRejection(r.Field, r.MessageVi, r.MessageEn) : null,
            o.Appraisal?.Results.Select(x => new AppraisalJsonRule(
                x.RuleId,
                x.Outcome.Code(),
                x.MeasuredValue,
                x.Unit,
                x.Threshold,
                x.DecidingFeature,
                x.Citation,
                x.MessageVi,
                x.MessageEn
            )),
            o.Alternative
        );

    public void Dispose() => _json.Dispose();
}

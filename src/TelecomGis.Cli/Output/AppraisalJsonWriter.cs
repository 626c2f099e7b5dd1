using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Cli.Output;

/// <summary>
/// The full record of a batch as JSON: every rule's outcome, measured figure, threshold and deciding feature, streamed site by
/// site, with the verdict counts at the end.
/// </summary>
internal sealed class AppraisalJsonWriter : IResultWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Vietnamese text stays readable in the file instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Utf8JsonWriter _json;

    public AppraisalJsonWriter(Stream stream)
    {
        _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Options.Encoder });
        _json.WriteStartObject();
        _json.WriteStartArray("sites");
    }

    public void Write(IReadOnlyList<RowOutcome> outcomes)
    {
        foreach (var o in outcomes)
        {
            JsonSerializer.Serialize(
                _json,
                new
                {
                    o.Row.Row,
                    o.Row.Carrier,
                    o.Row.SiteCode,
                    Verdict = o.VerdictCode,
                    Lon = o.Appraisal?.Site.LonDeg,
                    Lat = o.Appraisal?.Site.LatDeg,
                    GroundElevationM = o.Appraisal?.Site.GroundElevationM,
                    GroundElevationSource = o.Appraisal?.Site is { GroundElevationM: not null } site
                        ? site.GroundElevationSource == GroundElevationSource.TerrainModel
                            ? "dem"
                            : "carrier"
                        : null,
                    PlanVersion = o.Appraisal?.PlanVersion,
                    Rejection = o.Row.Rejection is { } r
                        ? new
                        {
                            r.Field,
                            r.MessageVi,
                            r.MessageEn,
                        }
                        : null,
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
                },
                Options
            );
        }
        _json.Flush();
    }

    public void Finish(BatchSummary summary)
    {
        _json.WriteEndArray();
        _json.WritePropertyName("summary");
        JsonSerializer.Serialize(_json, summary, Options);
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();
}

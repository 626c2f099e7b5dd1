using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Cli.Output;

/// <summary>
/// The results as a GeoJSON FeatureCollection (RFC 7946, WGS 84 longitude/latitude) for a GIS: a Point per appraised site with
/// its verdict, failing rules, reasons and commune as properties, so that QGIS or ogr2ogr colours, filters and joins them; a
/// rejected row keeps its place as a feature without geometry, with the reason it was rejected. Keys are the same in both
/// languages (snake_case, as the API's JSON), the verdict and the reasons in both.
/// </summary>
internal sealed class AppraisalGeoJsonWriter : IResultWriter
{
    private readonly Utf8JsonWriter _json;
    private readonly bool _withAlternatives;
    private readonly StringBuilder _text = new(1024);

    public AppraisalGeoJsonWriter(Stream stream, bool withAlternatives)
    {
        _withAlternatives = withAlternatives;
        // Vietnamese stays readable UTF-8 in a file for GIS tools, never embedded in HTML.
        _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartObject();
        _json.WriteString("type", "FeatureCollection");
        _json.WriteStartArray("features");
    }

    public void Write(IReadOnlyList<RowOutcome> outcomes)
    {
        foreach (var o in outcomes)
        {
            _json.WriteStartObject();
            _json.WriteString("type", "Feature");
            _json.WriteNumber("id", o.Row.Row);
            _json.WritePropertyName("geometry");
            if (o.Appraisal is { } appraised)
            {
                _json.WriteStartObject();
                _json.WriteString("type", "Point");
                _json.WriteStartArray("coordinates");
                // Seven decimals, about a centimetre, as the CSV writes them.
                _json.WriteNumberValue(Math.Round(appraised.Site.LonDeg, 7));
                _json.WriteNumberValue(Math.Round(appraised.Site.LatDeg, 7));
                _json.WriteEndArray();
                _json.WriteEndObject();
            }
            else
            {
                _json.WriteNullValue();
            }
            _json.WriteStartObject("properties");
            _json.WriteNumber("row", o.Row.Row);
            _json.WriteString("carrier", o.Row.Carrier);
            _json.WriteString("site_code", o.Row.SiteCode);
            _json.WriteString("verdict", o.VerdictCode);
            if (o.Appraisal is { } a)
            {
                _json.WriteString("verdict_vi", a.Verdict.Vietnamese());
                _json.WriteString("failing_rules", AppraisalResultText.FailingRules(_text, a.Results, vietnamese: false).ToString());
                _json.WriteString("failing_rules_vi", AppraisalResultText.FailingRules(_text, a.Results, vietnamese: true).ToString());
                _json.WriteString("reasons_vi", AppraisalResultText.Reasons(_text, a.Results, vietnamese: true).ToString());
                _json.WriteString("reasons_en", AppraisalResultText.Reasons(_text, a.Results, vietnamese: false).ToString());
                var commune = a["R02"].DecidingFeature;
                _json.WriteString("commune_code", commune?.Id);
                _json.WriteString("commune_name", commune?.Name);
                _json.WriteString("plan_version", a.PlanVersion);
            }
            else
            {
                var r = o.Row.Rejection!;
                _json.WriteString("verdict_vi", AppraisalResultText.RejectedVi);
                _json.WriteString("rejected_field", r.Field);
                _json.WriteString("reasons_vi", r.MessageVi);
                _json.WriteString("reasons_en", r.MessageEn);
            }
            if (_withAlternatives && o.Alternative is { LonDeg: { } lon, LatDeg: { } lat } alt)
            {
                _json.WriteNumber("conforming_lon", Math.Round(lon, 7));
                _json.WriteNumber("conforming_lat", Math.Round(lat, 7));
                if (alt.DistanceM is { } d)
                    _json.WriteNumber("conforming_distance_m", Math.Round(d, 1));
                if (alt.BearingDeg is { } b)
                    _json.WriteNumber("conforming_bearing_deg", Math.Round(b, 1));
            }
            _json.WriteEndObject();
            _json.WriteEndObject();
        }
        _json.Flush();
    }

    public void Finish(BatchSummary summary)
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();
}

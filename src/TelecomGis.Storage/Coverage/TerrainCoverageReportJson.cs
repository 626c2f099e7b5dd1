using System.Text.Encodings.Web;
using System.Text.Json;
using TelecomGis.Core.Coverage.WithTerrain;

namespace TelecomGis.Storage.Coverage;

/// <summary>
/// A terrain coverage run's report as JSON (itm-report.json): the ITM settings with their sources, the radial geometry, the
/// fallback counts by reason, every site that fell back, and the run's messages in Vietnamese and English.
/// </summary>
public static class TerrainCoverageReportJson
{
    public static void Write(Stream output, TerrainCoverageReport report, string demDirectory)
    {
        using var w = new Utf8JsonWriter(
            output,
            new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
        );
        var s = report.Settings;
        var g = report.Geometry;
        w.WriteStartObject();
        w.WriteString("model", "ITM 1.2.2 (Longley–Rice), point-to-point over terrain");
        w.WriteString("dem", demDirectory);
        w.WriteStartObject("settings");
        w.WriteNumber("climate_code", (int)s.Climate);
        w.WriteString("climate", s.Climate.ToString());
        w.WriteNumber("refractivity_n0_n_units", s.RefractivityNUnits);
        w.WriteNumber("ground_permittivity", s.GroundPermittivity);
        w.WriteNumber("ground_conductivity_s_per_m", s.GroundConductivitySPerM);
        w.WriteString("polarization", s.Polarization.ToString());
        w.WriteNumber("variability_mode_code", s.Variability.Code);
        w.WriteNumber("time_pct", s.Quantiles.TimePct);
        w.WriteNumber("location_pct", s.Quantiles.LocationPct);
        w.WriteNumber("situation_pct", s.Quantiles.SituationPct);
        w.WriteStartArray("sources");
        foreach (var line in ItmCoverageSettings.VietnamCitations)
            w.WriteStringValue(line);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("radials");
        w.WriteNumber("per_site", g.Radials);
        w.WriteNumber("ranges", g.Ranges);
        w.WriteNumber("range_step_m", g.RangeStepM);
        w.WriteNumber("profile_spacing_m", g.ProfileSpacingM);
        w.WriteString(
            "interpolation",
            "free space at the cell's distance + the terrain's excess over free space, bilinear between two radials and two ranges"
        );
        w.WriteEndObject();
        w.WriteStartObject("fallback");
        w.WriteNumber("sites", report.Sites);
        w.WriteNumber("sites_without_terrain_at_mast", report.SitesWithoutTerrain);
        w.WriteNumber("sites_partly_without_terrain", report.SitesPartlyWithoutTerrain);
        w.WriteNumber("evaluations", report.Evaluations);
        w.WriteNumber("fallback_evaluations", report.FallbackEvaluationsTotal);
        w.WriteNumber("cells_with_fallback", report.CellsWithFallback);
        w.WriteStartObject("fallback_evaluations_by_reason");
        foreach (var (reason, count) in report.FallbackEvaluations)
            w.WriteNumber(ReasonCode(reason), count);
        w.WriteEndObject();
        w.WriteStartArray("sites_that_fell_back");
        foreach (var f in report.SiteFallbacks)
        {
            w.WriteStartObject();
            w.WriteString("site_id", f.SiteId);
            w.WriteString("reason", ReasonCode(f.Reason));
            w.WriteNumber("nodes_without_itm", f.MissingNodes);
            w.WriteNumber("nodes", f.Nodes);
            w.WriteNumber("fallback_evaluations", f.FallbackEvaluations);
            if (f.ItmError is not null)
                w.WriteString("itm_error", f.ItmError);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartArray("messages");
        foreach (var (vietnamese, english) in report.Messages())
        {
            w.WriteStartObject();
            w.WriteString("vi", vietnamese);
            w.WriteString("en", english);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The reason as a snake_case code.</summary>
    public static string ReasonCode(TerrainFallbackReason reason) =>
        reason switch
        {
            TerrainFallbackReason.NoTerrainAtSite => "no_terrain_at_site",
            TerrainFallbackReason.NoTerrainAlongProfile => "no_terrain_along_profile",
            TerrainFallbackReason.ModelRefused => "itm_refused",
            _ => "none",
        };
}

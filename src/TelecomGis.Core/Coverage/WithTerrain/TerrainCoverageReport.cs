using System.Globalization;
using TelecomGis.Core.Coverage.Propagation.Itm;

namespace TelecomGis.Core.Coverage.WithTerrain;

/// <summary>One site whose cells did not all come from the ITM, and why.</summary>
/// <param name="SiteId">The site.</param>
/// <param name="Reason">No terrain at the mast, a profile without terrain, or the ITM's refusal (the most frequent of its nodes' reasons).</param>
/// <param name="MissingNodes">Radial nodes without an ITM loss (the most of its sectors' tables).</param>
/// <param name="Nodes">Radial nodes around the site.</param>
/// <param name="FallbackEvaluations">Cell–sector evaluations of its sectors that took the empirical model.</param>
/// <param name="ItmError">The ITM's first refusal, when it refused.</param>
public sealed record SiteTerrainFallback(
    string SiteId,
    TerrainFallbackReason Reason,
    int MissingNodes,
    int Nodes,
    long FallbackEvaluations,
    string? ItmError
);

/// <summary>
/// What a terrain run used and where it fell back to the empirical models: the settings, the radial geometry, and the counts of
/// sites, cell–sector evaluations and grid cells that did not come from the ITM, by reason. <see cref="Messages"/> says it in
/// Vietnamese and English.
/// </summary>
/// <param name="Sites">Sites in the run.</param>
/// <param name="Evaluations">Cell–sector evaluations in all.</param>
/// <param name="FallbackEvaluations">Of those, the ones that took the empirical model, per reason (None is unused).</param>
/// <param name="CellsWithFallback">Grid cells where at least one sector took the empirical model.</param>
public sealed record TerrainCoverageReport(
    ItmCoverageSettings Settings,
    RadialGeometry Geometry,
    int Sites,
    long Evaluations,
    IReadOnlyDictionary<TerrainFallbackReason, long> FallbackEvaluations,
    int CellsWithFallback,
    IReadOnlyList<SiteTerrainFallback> SiteFallbacks
)
{
    public long FallbackEvaluationsTotal => FallbackEvaluations.Values.Sum();

    /// <summary>Sites with no terrain at the mast: every cell of theirs took the empirical model.</summary>
    public int SitesWithoutTerrain => SiteFallbacks.Count(f => f.Reason == TerrainFallbackReason.NoTerrainAtSite);

    /// <summary>Sites with terrain at the mast but some profiles without it (or refused by the ITM).</summary>
    public int SitesPartlyWithoutTerrain => SiteFallbacks.Count(f => f.Reason != TerrainFallbackReason.NoTerrainAtSite);

    /// <summary>What the run did, then one pair per kind of fallback (or one saying there was none): (Vietnamese, English).</summary>
    public IReadOnlyList<(string Vietnamese, string English)> Messages()
    {
        // Numbers as each language writes them: 1.234,5 in Vietnamese (as the appraisal's figures), 1,234.5 in English.
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var c = CultureInfo.InvariantCulture;
        var lines = new List<(string, string)>
        {
            (
                string.Format(
                    vi,
                    "ITM (Longley–Rice) theo địa hình: {0} tia mỗi trạm, nút cách nhau {1:0.#} m, mẫu địa hình {2:0.#} m; khí hậu {6}, N0 {3:0} N, đất εr {4:0.#}, σ {5:0.###} S/m.",
                    Geometry.Radials,
                    Geometry.RangeStepM,
                    Geometry.ProfileSpacingM,
                    Settings.RefractivityNUnits,
                    Settings.GroundPermittivity,
                    Settings.GroundConductivitySPerM,
                    VietnameseName(Settings.Climate)
                ),
                string.Format(
                    c,
                    "ITM (Longley–Rice) over terrain: {0} radials per site, nodes every {1:0.#} m, terrain sampled every {2:0.#} m; climate {6}, N0 {3:0} N-units, ground εr {4:0.#}, σ {5:0.###} S/m.",
                    Geometry.Radials,
                    Geometry.RangeStepM,
                    Geometry.ProfileSpacingM,
                    Settings.RefractivityNUnits,
                    Settings.GroundPermittivity,
                    Settings.GroundConductivitySPerM,
                    EnglishName(Settings.Climate)
                )
            ),
        };
        if (FallbackEvaluationsTotal == 0)
        {
            lines.Add(
                (
                    "Mọi ô đều được tính bằng ITM theo địa hình; không ô nào phải dùng mô hình thực nghiệm.",
                    "Every cell was computed by the ITM over terrain; none fell back to the empirical model."
                )
            );
            return lines;
        }

        var sitesWithout = SitesWithoutTerrain;
        if (sitesWithout > 0)
        {
            var evaluations = Count(TerrainFallbackReason.NoTerrainAtSite);
            lines.Add(
                (
                    string.Format(
                        vi,
                        "{0} trên {1} trạm không có dữ liệu địa hình (DEM) tại vị trí trạm: {2:N0} lượt ô–sector của các trạm này được tính bằng mô hình thực nghiệm (Hata/COST-231/3GPP) thay cho ITM.",
                        sitesWithout,
                        Sites,
                        evaluations
                    ),
                    string.Format(
                        c,
                        "{0} of {1} sites have no terrain (DEM) at the mast: their {2:N0} cell–sector evaluations use the empirical model (Hata/COST-231/3GPP) instead of the ITM.",
                        sitesWithout,
                        Sites,
                        evaluations
                    )
                )
            );
        }

        var partly = SiteFallbacks.Count(f => f.Reason == TerrainFallbackReason.NoTerrainAlongProfile);
        if (partly > 0)
        {
            var evaluations = Count(TerrainFallbackReason.NoTerrainAlongProfile);
            lines.Add(
                (
                    string.Format(
                        vi,
                        "{0} trạm có tia đi ra ngoài vùng DEM hoặc qua ô trống: {1:N0} lượt ô–sector được tính bằng mô hình thực nghiệm.",
                        partly,
                        evaluations
                    ),
                    string.Format(
                        c,
                        "{0} sites have profiles that leave the DEM or cross a void: {1:N0} cell–sector evaluations use the empirical model.",
                        partly,
                        evaluations
                    )
                )
            );
        }

        var refused = SiteFallbacks.Where(f => f.Reason == TerrainFallbackReason.ModelRefused).ToList();
        if (refused.Count > 0)
        {
            var errors = string.Join(", ", refused.Select(f => f.ItmError).Distinct());
            var evaluations = Count(TerrainFallbackReason.ModelRefused);
            lines.Add(
                (
                    string.Format(
                        vi,
                        "ITM từ chối tính cho {0} trạm ({1}): {2:N0} lượt ô–sector được tính bằng mô hình thực nghiệm.",
                        refused.Count,
                        errors,
                        evaluations
                    ),
                    string.Format(
                        c,
                        "The ITM refused {0} sites ({1}): {2:N0} cell–sector evaluations use the empirical model.",
                        refused.Count,
                        errors,
                        evaluations
                    )
                )
            );
        }

        lines.Add(
            (
                string.Format(
                    vi,
                    "Tổng cộng {0:N0} trên {1:N0} lượt ô–sector ({2:N0} ô lưới) dùng mô hình thực nghiệm.",
                    FallbackEvaluationsTotal,
                    Evaluations,
                    CellsWithFallback
                ),
                string.Format(
                    c,
                    "In all {0:N0} of {1:N0} cell–sector evaluations ({2:N0} grid cells) fell back to the empirical model.",
                    FallbackEvaluationsTotal,
                    Evaluations,
                    CellsWithFallback
                )
            )
        );
        return lines;
    }

    /// <summary>The radio climate's name in English words.</summary>
    public static string EnglishName(ItmClimate climate) =>
        climate switch
        {
            ItmClimate.Equatorial => "equatorial",
            ItmClimate.ContinentalSubtropical => "continental subtropical",
            ItmClimate.MaritimeSubtropical => "maritime subtropical",
            ItmClimate.Desert => "desert",
            ItmClimate.ContinentalTemperate => "continental temperate",
            ItmClimate.MaritimeTemperateOverLand => "maritime temperate, over land",
            ItmClimate.MaritimeTemperateOverSea => "maritime temperate, over sea",
            _ => climate.ToString(),
        };

    /// <summary>The radio climate's name in Vietnamese.</summary>
    public static string VietnameseName(ItmClimate climate) =>
        climate switch
        {
            ItmClimate.Equatorial => "xích đạo",
            ItmClimate.ContinentalSubtropical => "cận nhiệt đới lục địa",
            ItmClimate.MaritimeSubtropical => "cận nhiệt đới biển",
            ItmClimate.Desert => "sa mạc",
            ItmClimate.ContinentalTemperate => "ôn đới lục địa",
            ItmClimate.MaritimeTemperateOverLand => "ôn đới biển, trên đất liền",
            ItmClimate.MaritimeTemperateOverSea => "ôn đới biển, trên biển",
            _ => climate.ToString(),
        };

    private long Count(TerrainFallbackReason reason) => FallbackEvaluations.TryGetValue(reason, out var n) ? n : 0;
}

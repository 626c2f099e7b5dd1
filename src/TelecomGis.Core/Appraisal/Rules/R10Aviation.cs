namespace TelecomGis.Core.Appraisal.Rules;

/// <summary>
/// R10: inside an aerodrome's obstacle limitation surfaces (ICAO Annex 14) the top of the structure above sea level stays below
/// the lowest surface; a top at or above it (penetration ≥ 0 m, 0.0 m included) needs the opinion of the General Staff and the Civil Aviation Authority.
/// </summary>
public sealed class R10Aviation : IAppraisalRule
{
    public string Id => "R10";
    public string TitleVi => "Tĩnh không sân bay";
    public string TitleEn => "Aerodrome obstacle surfaces";

    public RuleResult Evaluate(AppraisalContext context)
    {
        var surfaces = context.Index.ObstacleSurfaces;
        var citation = context.Rules.Get(Id, "inner_horizontal_height").Citation;
        // Top above natural ground: building + pole for rooftop classes (second edition, 3); a shared site's from its record (5).
        var site = context.Structure;
        // Every aerodrome over the site, not only the first: two aerodromes' surfaces may overlap (Hải Phòng's Cát Bi and Kiến An),
        // and the one the top comes nearest to piercing limits it. They compare by penetration rather than by the surfaces' heights
        // because without a ground elevation each assumes its own aerodrome's (second edition, 9).
        Spatial.AirportGeometry? limiting = null;
        Spatial.SurfaceHeight lowest = default;
        var deepest = double.NegativeInfinity;
        foreach (var candidate in context.Index.Airports)
        {
            if (surfaces.LowestAt(candidate, context.Location) is not { } h)
                continue;
            var through = Top(site, candidate) - h.HeightAmslM;
            if (limiting is null || through > deepest)
                (limiting, lowest, deepest) = (candidate, h, through);
        }
        if (limiting is { } airport)
        {
            var (recVi, recEn) = context.RecordNote;
            var groundKnown = site.GroundElevationM is not null;
            // Without a terrain model or a declared elevation, assume the ground is level with the aerodrome and say so; a ground
            // elevation read from the terrain model (DEM) is named as such, since the carrier did not declare it.
            var ground = site.GroundElevationM ?? airport.Airport.ElevationM;
            var top = Top(site, airport);
            var penetration = top - lowest.HeightAmslM;
            var fromTerrain = groundKnown && site.GroundElevationSource == GroundElevationSource.TerrainModel;
            var assumedVi =
                fromTerrain ? $" (cao độ nền {Figures.VnM(ground)} lấy từ mô hình số độ cao DEM)"
                : groundKnown ? ""
                : $" (chưa có cao độ nền; tạm lấy bằng cao độ sân bay {Figures.VnM(ground)})";
            var assumedEn =
                fromTerrain ? $" (ground elevation {Figures.EnM(ground)} from the terrain model, DEM)"
                : groundKnown ? ""
                : $" (ground elevation unknown; taken as the aerodrome's {Figures.EnM(ground)})";
            var surfaceVi = lowest.Surface switch
            {
                "inner_horizontal" => "mặt ngang trong",
                "conical" => "mặt côn",
                _ => "mặt tiếp cận",
            };
            var surfaceEn = lowest.Surface.Replace('_', ' ');
            var feature = new FeatureRef(
                "runways",
                $"{airport.Airport.Icao} {lowest.RunwayDesignator}",
                // A proper name, read in either language, as a commune's or a zone's is: the surface is in the messages.
                airport.Airport.VietnameseName
            );
            // A top exactly on the surface already reaches it (APPRAISAL.md, second edition, 7): penetration ≥ 0 needs consultation.
            if (penetration >= 0)
            {
                var (tolVi, tolEn) =
                    lowest.OnlyByTolerance && ReachesOnlyByTolerance(context, site) ? Spatial.Distances.ToleranceNote : ("", "");
                return RuleResult.Consult(
                    Id,
                    () =>
                        $"Đỉnh công trình ở {Figures.VnM(top)} so với mực nước biển{assumedVi}{recVi}, {(penetration > 0 ? "vượt" : "chạm tới")} {surfaceVi} của {airport.Airport.VietnameseName} ({Figures.VnM(lowest.HeightAmslM)}){tolVi}, mức vượt {Figures.VnM(penetration)}: cần xin ý kiến Bộ Tổng Tham mưu và Cục Hàng không Việt Nam.",
                    () =>
                        $"The top at {Figures.EnM(top)} above sea level{assumedEn}{recEn} {(penetration > 0 ? "penetrates" : "reaches")} {airport.Airport.Name}'s {surfaceEn} surface ({Figures.EnM(lowest.HeightAmslM)}){tolEn}, a penetration of {Figures.EnM(penetration)}: the General Staff and the Civil Aviation Authority of Vietnam must be consulted.",
                    measured: RuleResult.Round(penetration),
                    unit: "m",
                    against: 0,
                    decidedBy: feature,
                    citing: citation
                );
            }
            return RuleResult.Pass(
                Id,
                () =>
                    $"Đỉnh công trình ở {Figures.VnM(top)}{assumedVi}, thấp hơn {surfaceVi} của {airport.Airport.VietnameseName} ({Figures.VnM(lowest.HeightAmslM)}) {Figures.VnM(-penetration)}.",
                () =>
                    $"The top at {Figures.EnM(top)}{assumedEn} stays {Figures.EnM(-penetration)} below {airport.Airport.Name}'s {surfaceEn} surface ({Figures.EnM(lowest.HeightAmslM)}).",
                measured: RuleResult.Round(penetration),
                unit: "m",
                against: 0,
                decidedBy: feature,
                citing: citation
            );
        }
        return RuleResult.NotApplicable(
            Id,
            "Không nằm trong bề mặt giới hạn chướng ngại vật của sân bay nào.",
            "Outside every aerodrome's obstacle limitation surfaces."
        );
    }

    /// <summary>
    /// Whether a top that reaches a surface the site lies under only by the 5 mm would stay below every surface without them: only
    /// then did the tolerance decide the consultation, and only then does the message say so (APPRAISAL.md, second edition, 1).
    /// Just outside the inner horizontal surface the conical one has risen by a fraction of a millimetre: a top through both
    /// needs consultation whatever the tolerance.
    /// </summary>
    private static bool ReachesOnlyByTolerance(AppraisalContext context, ProposedSite site)
    {
        foreach (var airport in context.Index.Airports)
        {
            if (
                context.Index.ObstacleSurfaces.LowestAt(airport, context.Location, Spatial.Distances.SameM) is { } exact
                && Top(site, airport) >= exact.HeightAmslM
            )
                return false;
        }
        return true;
    }

    /// <summary>The top above sea level: the ground (the aerodrome's elevation when unknown, second edition, 9) plus the top above it.</summary>
    private static double Top(ProposedSite site, Spatial.AirportGeometry airport) =>
        (site.GroundElevationM ?? airport.Airport.ElevationM) + site.HeightAboveGroundM;
}

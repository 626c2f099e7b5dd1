namespace TelecomGis.Core.Coverage;

/// <summary>
/// Everything besides the sites that decides a coverage grid; a record, so two runs with equal parameters share a cache entry.
/// The bundle's sectors carry azimuth, frequency, EIRP, technology and antenna height but no beamwidth or tilt: those come from
/// here for every sector.
/// </summary>
public sealed record CoverageParameters
{
    /// <summary>Side of a square cell, metres (COVERAGE.md: default 100 m, down to 25 m).</summary>
    public double ResolutionM { get; init; } = 100;

    /// <summary>
    /// Cells farther than this from a sector are not evaluated for it (the Hata family is fitted to 20 km). This is a stated
    /// limit of the computation, not a clamp: inside it every distance goes to the model as it is, with its validity note.
    /// </summary>
    public double MaxRadiusKm { get; init; } = 15;

    /// <summary>Mobile antenna height above ground, metres (Hata's hm).</summary>
    public double RxHeightM { get; init; } = 1.5;

    /// <summary>Half-power horizontal beamwidth, degrees (COVERAGE.md: default 65°).</summary>
    public double HorizontalBeamwidthDeg { get; init; } = 65;

    /// <summary>Half-power vertical beamwidth, degrees (a typical 15–17 dBi macro panel: 6–10°).</summary>
    public double VerticalBeamwidthDeg { get; init; } = 10;

    /// <summary>Electrical plus mechanical downtilt, degrees.</summary>
    public double DowntiltDeg { get; init; } = 4;

    public CoverageThresholds Thresholds { get; init; } = CoverageThresholds.Default;

    /// <summary>Uncovered areas smaller than this are not reported as gaps, km².</summary>
    public double MinGapAreaKm2 { get; init; } = 1;

    /// <summary>The date whose communes (dated units) the per-commune table and the sectors' environments use.</summary>
    public required DateOnly CommunesOn { get; init; }

    public AntennaPattern Pattern => new(HorizontalBeamwidthDeg, VerticalBeamwidthDeg, DowntiltDeg);

    /// <summary>The first parameter that is out of range, as a sentence for the user in Vietnamese and English, or null.</summary>
    public (string Vi, string En)? Problem()
    {
        if (!(ResolutionM >= 25 && ResolutionM <= 10_000))
            return ($"cạnh ô lưới {ResolutionM} m nằm ngoài khoảng 25–10.000 m", $"resolution {ResolutionM} m is outside 25–10,000 m");
        if (!(MaxRadiusKm > 0 && MaxRadiusKm <= 100))
            return (
                $"bán kính tính tối đa {MaxRadiusKm} km nằm ngoài khoảng 0–100 km",
                $"maximum radius {MaxRadiusKm} km is outside 0–100 km"
            );
        // Each check is written so that NaN fails it too (every comparison with NaN is false). The upper bounds are sanity limits, not
        // model validity (a model evaluated outside its range notes it): a handset above 100 m, a tilt past vertical or a "gap"
        // larger than any province (Lâm Đồng, the largest since 2025, is about 24,000 km²) is a typing error, and 1e308 a probe.
        if (!(RxHeightM > 0 && RxHeightM <= 100))
            return (
                $"độ cao ăng-ten máy di động {RxHeightM} m nằm ngoài khoảng 0–100 m",
                $"mobile antenna height {RxHeightM} m is outside 0–100 m"
            );
        if (!(HorizontalBeamwidthDeg > 0 && HorizontalBeamwidthDeg <= 360))
            return (
                $"độ rộng búp sóng ngang {HorizontalBeamwidthDeg}° nằm ngoài khoảng 0–360°",
                $"horizontal beamwidth {HorizontalBeamwidthDeg}° is outside 0–360°"
            );
        if (!(VerticalBeamwidthDeg > 0 && VerticalBeamwidthDeg <= 180))
            return (
                $"độ rộng búp sóng đứng {VerticalBeamwidthDeg}° nằm ngoài khoảng 0–180°",
                $"vertical beamwidth {VerticalBeamwidthDeg}° is outside 0–180°"
            );
        if (!(DowntiltDeg >= -90 && DowntiltDeg <= 90))
            return (
                $"góc nghiêng xuống {DowntiltDeg}° nằm ngoài khoảng −90–90° (từ thẳng lên đến thẳng xuống)",
                $"downtilt {DowntiltDeg}° is outside −90–90° (straight up to straight down)"
            );
        if (!(MinGapAreaKm2 >= 0 && MinGapAreaKm2 <= 100_000))
            return (
                $"diện tích vùng lõm sóng tối thiểu {MinGapAreaKm2} km² nằm ngoài khoảng 0–100.000 km²",
                $"minimum gap area {MinGapAreaKm2} km² is outside 0–100,000 km²"
            );
        return null;
    }
}

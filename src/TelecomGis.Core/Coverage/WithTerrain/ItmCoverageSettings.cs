using TelecomGis.Core.Coverage.Propagation.Itm;

namespace TelecomGis.Core.Coverage.WithTerrain;

/// <summary>
/// The environment and statistics a terrain coverage run gives the ITM for every sector, and how finely it samples the terrain.
/// <see cref="Vietnam"/> holds the values for a Vietnamese province, each with its source; a record, so a planner may change one.
/// </summary>
/// <param name="Climate">The radio climate (the ITM's seven, Hufford's "Algorithm" §5).</param>
/// <param name="RefractivityNUnits">The ITM's N0: minimum monthly mean surface refractivity reduced to sea level, N-units.</param>
/// <param name="GroundPermittivity">Relative permittivity of the ground, εr.</param>
/// <param name="GroundConductivitySPerM">Conductivity of the ground, S/m.</param>
/// <param name="Polarization">Antenna polarization.</param>
/// <param name="Variability">The ITM's mode of variability.</param>
/// <param name="Quantiles">Time, location and situation percentages.</param>
/// <param name="MaxProfileSpacingM">
/// The largest spacing of a profile's terrain samples, metres. A range step is cut into equal samples no longer than this, so that
/// every range node falls on a sample. 90 m is the SRTM 3-arc-second spacing; a finer DEM is then sampled every 90 m or less.
/// </param>
public sealed record ItmCoverageSettings(
    ItmClimate Climate,
    double RefractivityNUnits,
    double GroundPermittivity,
    double GroundConductivitySPerM,
    ItmPolarization Polarization,
    ItmModeOfVariability Variability,
    ItmPercentages Quantiles,
    double MaxProfileSpacingM = 90
)
{
    /// <summary>
    /// A Vietnamese province's settings. Each value and why:
    /// <list type="bullet">
    /// <item><b>Climate 3, maritime subtropical.</b> Of the ITM's radio climates (Rice et al., NBS Tech. Note 101 (1967) §10 and
    /// Annex III; Hufford, "The ITS Irregular Terrain Model, version 1.2.2: The Algorithm" (1995) §5; the codes of NTIA's ITM),
    /// maritime subtropical is the one for land between about 20° and 40° latitude on coasts under monsoon or on-shore winds:
    /// northern and central Vietnam (Quảng Ninh lies at 20.7–21.7° N on the Gulf of Tonkin). The equatorial climate (1) suits
    /// the far south better; a planner there changes <see cref="Climate"/>.</item>
    /// <item><b>N0 = 350 N-units.</b> ITU-R P.453-14 (08/2019) gives the refractivity formula N = 77.6/T · (P + 4810 e/T) and
    /// refers to its maps of sea-level refractivity N0; the ITM wants the minimum monthly mean. With Quảng Ninh's coldest-month
    /// normals (about 16–17 °C, 82–88 % relative humidity, 1020 hPa at sea level; approximate, not checked here against the
    /// national climate normals) the formula gives about 345 N-units, and with its summer normals about 390; measurements over Hà Nội (C. C. Pham, X. A. Nguyen, H. T. Tran, "Xác định điều kiện lan
    /// truyền sóng vô tuyến trong khí quyển khu vực Hà Nội sử dụng số liệu khí tượng", LQDTU Journal of Science and Technique,
    /// Section on ICT, vol. 10 no. 2; radio occultation 2014–2016, radiosondes 2016–2018) put the highest mean surface
    /// refractivity at 370 N-units, up to 60 above ITU-R's standard model near the ground. 350 is the rounded minimum-month
    /// value. It matters little at coverage ranges: anywhere from 301 to 390 N-units moves the loss by under 2 dB on a 15 km
    /// hilly path and under 0.5 dB on 5 km paths (TerrainCoverageTests measures it). The P.453 maps' own value for the Gulf of
    /// Tonkin was not read in this work: check it before quoting N0 as ITU-R's.</item>
    /// <item><b>Ground εr = 30, σ = 0.01 S/m</b>, ITU-R P.527-3 (1992), Figure 1, "wet ground": the monsoon keeps the soil
    /// of deltas, paddies and forested hills wet for much of the year. The permittivity curve is flat to a few GHz; the
    /// conductivity is the curve's value below about 30 MHz (it rises at UHF), but at the grazing angles of a mobile path the
    /// ground's reflection coefficient is close to −1 whatever σ is: medium dry ground, ITM's "average ground" or σ = 0.2 S/m
    /// move the loss by under 0.2 dB (TerrainCoverageTests).</item>
    /// <item><b>Vertical polarization, mobile variability, medians (50 % time, locations, situations)</b>: the coverage map is a
    /// median map, as the empirical models' are; the thresholds carry the planner's margin.</item>
    /// </list>
    /// </summary>
    public static ItmCoverageSettings Vietnam { get; } =
        new(
            ItmClimate.MaritimeSubtropical,
            RefractivityNUnits: 350,
            GroundPermittivity: 30,
            GroundConductivitySPerM: 0.01,
            ItmPolarization.Vertical,
            new ItmModeOfVariability(ItmVariabilityMode.Mobile),
            ItmPercentages.Median
        );

    /// <summary>The sources of <see cref="Vietnam"/>'s values, one line each, for a run's report.</summary>
    public static IReadOnlyList<string> VietnamCitations { get; } =
    [
        "ITM 1.2.2: G. A. Hufford, \"The ITS Irregular Terrain Model, version 1.2.2: The Algorithm\", NTIA/ITS, 1995 (point-to-point mode)",
        "climate 3 maritime subtropical: P. L. Rice et al., NBS Technical Note 101 (1967), §10 and Annex III; Hufford (1995) §5",
        "N0 350 N-units: ITU-R P.453-14 (08/2019), refractivity formula and sea-level N0 maps, minimum monthly mean; "
            + "C. C. Pham, X. A. Nguyen, H. T. Tran, LQDTU Journal of Science and Technique, Section on ICT, vol. 10 no. 2 (Hà Nội: highest mean 370 N-units)",
        "ground εr 30, σ 0.01 S/m: ITU-R P.527-3 (1992), Figure 1, wet ground",
    ];

    /// <summary>The ITM's radio inputs for a sector at <paramref name="frequencyMhz"/>.</summary>
    public ItmRadioSettings RadioFor(double frequencyMhz) =>
        new(frequencyMhz, Polarization, Climate, RefractivityNUnits, GroundPermittivity, GroundConductivitySPerM, Variability);

    /// <summary>The first setting that is out of range, as a sentence for the user in Vietnamese and in English, or null.</summary>
    public (string Vi, string En)? Problem()
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (!Enum.IsDefined(Climate))
            return (
                $"vùng khí hậu vô tuyến {(int)Climate} không thuộc bảy vùng của mô hình ITM",
                $"radio climate {(int)Climate} is not one of the ITM's seven"
            );
        if (!(RefractivityNUnits >= 250 && RefractivityNUnits <= 400))
            return (
                $"chiết suất bề mặt {RefractivityNUnits.ToString(inv)} đơn vị N nằm ngoài khoảng 250–400",
                $"refractivity {RefractivityNUnits.ToString(inv)} N-units is outside 250–400"
            );
        if (!(GroundPermittivity >= 1))
            return (
                $"hằng số điện môi của đất {GroundPermittivity.ToString(inv)} nhỏ hơn 1",
                $"ground permittivity {GroundPermittivity.ToString(inv)} is below 1"
            );
        if (!(GroundConductivitySPerM > 0))
            return (
                $"độ dẫn điện của đất {GroundConductivitySPerM.ToString(inv)} S/m phải lớn hơn 0",
                $"ground conductivity {GroundConductivitySPerM.ToString(inv)} S/m must be positive"
            );
        if (!(MaxProfileSpacingM > 0))
            return (
                $"bước lấy mẫu địa hình {MaxProfileSpacingM.ToString(inv)} m phải lớn hơn 0",
                $"profile spacing {MaxProfileSpacingM.ToString(inv)} m must be positive"
            );
        return null;
    }
}

using TelecomGis.Core.Terrain;

namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// The NTIA/ITS Irregular Terrain Model (Longley–Rice), version 1.2.2, written from its published description: G. A. Hufford,
/// "The ITS Irregular Terrain Model, version 1.2.2: The Algorithm" (NTIA/ITS, 1995), with the equations it draws on from
/// Longley and Rice, ESSA Tech. Rep. ERL 79-ITS 67 (1968), Rice et al., NBS Technical Note 101 (1967) and Vogler (1964).
/// Checked against NTIA's published test vectors (p2p.csv with pfls.csv, area.csv and the command-line examples).
/// <para>
/// Point-to-point mode takes a terrain profile of evenly spaced elevations from transmitter to receiver; area mode takes
/// only the distance and the terrain irregularity Δh. Both allocate nothing, so a coverage grid can call them per cell.
/// </para>
/// </summary>
public static class IrregularTerrainModel
{
    /// <summary>
    /// Point-to-point mode: the basic transmission loss along a profile.
    /// </summary>
    /// <param name="elevationsM">Terrain elevations above sea level, metres, evenly spaced from the transmitter (first) to the receiver (last); at least two.</param>
    /// <param name="spacingM">Distance between successive elevations, metres.</param>
    /// <param name="txHeightM">Transmitter antenna height above the ground, metres.</param>
    /// <param name="rxHeightM">Receiver antenna height above the ground, metres.</param>
    /// <param name="radio">Frequency, polarization, climate, ground and mode of variability.</param>
    /// <param name="quantiles">Time, location and situation percentages.</param>
    public static ItmResult PointToPoint(
        ReadOnlySpan<double> elevationsM,
        double spacingM,
        double txHeightM,
        double rxHeightM,
        ItmRadioSettings radio,
        in ItmPercentages quantiles
    )
    {
        var warnings = ItmWarnings.None;
        var error = ItmInputValidation.Check(txHeightM, rxHeightM, radio, quantiles, ref warnings);
        if (error != ItmError.None)
            return ItmResult.Failed(error, warnings);
        if (elevationsM.Length < 2 || !(spacingM > 0))
            return ItmResult.Failed(ItmError.PathDistance, warnings);
        foreach (var z in elevationsM)
        {
            if (double.IsNaN(z))
                return ItmResult.Failed(ItmError.MissingTerrain, warnings);
        }

        var distanceM = (elevationsM.Length - 1) * spacingM;
        var medium = new ItmMedium(
            radio.FrequencyMhz,
            ItmProfileAnalysis.SystemElevationM(elevationsM),
            radio.RefractivityNUnits,
            radio.Polarization,
            radio.GroundPermittivity,
            radio.GroundConductivitySPerM
        );
        var geometry = ItmProfileAnalysis.Analyse(elevationsM, spacingM, txHeightM, rxHeightM, medium);
        return Finish(geometry, distanceM, txHeightM, rxHeightM, radio, quantiles, medium, pointToPoint: true, warnings);
    }

    /// <summary>Point-to-point mode along an extracted profile; refused with <see cref="ItmError.MissingTerrain"/> where terrain is missing.</summary>
    public static ItmResult PointToPoint(
        TerrainProfile profile,
        double txHeightM,
        double rxHeightM,
        ItmRadioSettings radio,
        in ItmPercentages quantiles
    ) => PointToPoint(profile.ElevationsM, profile.SpacingM, txHeightM, rxHeightM, radio, quantiles);

    /// <summary>Point-to-point mode with NTIA's "confidence/reliability" quantiles.</summary>
    public static ItmResult PointToPoint(
        ReadOnlySpan<double> elevationsM,
        double spacingM,
        double txHeightM,
        double rxHeightM,
        ItmRadioSettings radio,
        double confidencePct,
        double reliabilityPct
    ) =>
        AsConfidenceReliability(
            PointToPoint(
                elevationsM,
                spacingM,
                txHeightM,
                rxHeightM,
                radio,
                ItmPercentages.FromConfidenceReliability(confidencePct, reliabilityPct)
            )
        );

    /// <summary>
    /// Area mode: the basic transmission loss at a distance over terrain of irregularity Δh, without a profile.
    /// </summary>
    /// <param name="distanceKm">Path distance, km (positive).</param>
    /// <param name="deltaHM">Terrain irregularity Δh, metres (90 m is "average rolling terrain").</param>
    /// <param name="txHeightM">Transmitter structural height, metres.</param>
    /// <param name="rxHeightM">Receiver structural height, metres.</param>
    /// <param name="txSiting">How carefully the transmitter was sited.</param>
    /// <param name="rxSiting">How carefully the receiver was sited.</param>
    /// <param name="radio">Frequency, polarization, climate, ground and mode of variability.</param>
    /// <param name="quantiles">Time, location and situation percentages.</param>
    public static ItmResult Area(
        double distanceKm,
        double deltaHM,
        double txHeightM,
        double rxHeightM,
        ItmSitingCriteria txSiting,
        ItmSitingCriteria rxSiting,
        ItmRadioSettings radio,
        in ItmPercentages quantiles
    )
    {
        var warnings = ItmWarnings.None;
        var error = ItmInputValidation.Check(txHeightM, rxHeightM, radio, quantiles, ref warnings);
        if (error != ItmError.None)
            return ItmResult.Failed(error, warnings);
        if (!(distanceKm > 0))
            return ItmResult.Failed(ItmError.PathDistance, warnings);
        if (!(deltaHM >= 0))
            return ItmResult.Failed(ItmError.DeltaH, warnings);
        if (!Enum.IsDefined(txSiting))
            return ItmResult.Failed(ItmError.TxSitingCriteria, warnings);
        if (!Enum.IsDefined(rxSiting))
            return ItmResult.Failed(ItmError.RxSitingCriteria, warnings);

        // Area mode takes the refractivity at sea level (system elevation 0).
        var medium = new ItmMedium(
            radio.FrequencyMhz,
            0,
            radio.RefractivityNUnits,
            radio.Polarization,
            radio.GroundPermittivity,
            radio.GroundConductivitySPerM
        );
        var geometry = ItmAreaGeometry.Estimate(txHeightM, rxHeightM, txSiting, rxSiting, deltaHM, medium);
        return Finish(geometry, distanceKm * 1000, txHeightM, rxHeightM, radio, quantiles, medium, pointToPoint: false, warnings);
    }

    /// <summary>Area mode with NTIA's "confidence/reliability" quantiles.</summary>
    public static ItmResult Area(
        double distanceKm,
        double deltaHM,
        double txHeightM,
        double rxHeightM,
        ItmSitingCriteria txSiting,
        ItmSitingCriteria rxSiting,
        ItmRadioSettings radio,
        double confidencePct,
        double reliabilityPct
    ) =>
        AsConfidenceReliability(
            Area(
                distanceKm,
                deltaHM,
                txHeightM,
                rxHeightM,
                txSiting,
                rxSiting,
                radio,
                ItmPercentages.FromConfidenceReliability(confidencePct, reliabilityPct)
            )
        );

    private static ItmResult Finish(
        in ItmPathGeometry geometry,
        double distanceM,
        double txHeightM,
        double rxHeightM,
        ItmRadioSettings radio,
        in ItmPercentages quantiles,
        in ItmMedium medium,
        bool pointToPoint,
        ItmWarnings warnings
    )
    {
        var (reference, mode, error) = ItmReferenceAttenuation.Compute(
            geometry,
            distanceM,
            txHeightM,
            rxHeightM,
            radio.FrequencyMhz,
            medium,
            pointToPoint,
            ref warnings
        );
        if (error != ItmError.None)
            return ItmResult.Failed(error, warnings);

        // Free-space loss 32.45 + 20·log10 f(MHz) + 20·log10 d(km), the Algorithm's constant.
        var freeSpace = 32.45 + 20 * Math.Log10(radio.FrequencyMhz) + 20 * Math.Log10(distanceM / 1000);
        var attenuation = ItmVariability.AttenuationDb(
            quantiles,
            geometry,
            radio.FrequencyMhz,
            distanceM,
            reference,
            radio.Climate,
            radio.Variability,
            ref warnings
        );
        return new ItmResult(freeSpace + attenuation, ItmError.None, warnings, mode, freeSpace, reference, distanceM / 1000, geometry);
    }

    private static ItmResult AsConfidenceReliability(ItmResult result) =>
        result.Error switch
        {
            ItmError.InvalidTime => result with { Error = ItmError.InvalidReliability },
            ItmError.InvalidSituation => result with { Error = ItmError.InvalidConfidence },
            _ => result,
        };
}

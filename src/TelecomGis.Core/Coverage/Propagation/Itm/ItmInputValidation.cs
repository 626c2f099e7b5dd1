namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// The ranges the ITM is defined over (refusals) and tested over (warnings), shared by both modes (Hufford, "The Algorithm"
/// §2, the inputs' ranges; NTIA's ITM 1.2.2 error and warning codes).
/// </summary>
internal static class ItmInputValidation
{
    public static ItmError Check(
        double txHeightM,
        double rxHeightM,
        ItmRadioSettings radio,
        in ItmPercentages quantiles,
        ref ItmWarnings warnings
    )
    {
        if (txHeightM < 1 || txHeightM > 1000)
            warnings |= ItmWarnings.TxTerminalHeight;
        if (txHeightM < 0.5 || txHeightM > 3000)
            return ItmError.TxTerminalHeight;
        if (rxHeightM < 1 || rxHeightM > 1000)
            warnings |= ItmWarnings.RxTerminalHeight;
        if (rxHeightM < 0.5 || rxHeightM > 3000)
            return ItmError.RxTerminalHeight;
        if (!Enum.IsDefined(radio.Climate))
            return ItmError.InvalidRadioClimate;
        if (radio.RefractivityNUnits < 250 || radio.RefractivityNUnits > 400)
            return ItmError.Refractivity;
        if (radio.FrequencyMhz < 40 || radio.FrequencyMhz > 10_000)
            warnings |= ItmWarnings.Frequency;
        if (radio.FrequencyMhz < 20 || radio.FrequencyMhz > 20_000)
            return ItmError.Frequency;
        if (!Enum.IsDefined(radio.Polarization))
            return ItmError.Polarization;
        if (radio.GroundPermittivity < 1)
            return ItmError.Epsilon;
        if (radio.GroundConductivitySPerM <= 0)
            return ItmError.Sigma;
        if (!Enum.IsDefined(radio.Variability.Mode))
            return ItmError.ModeOfVariability;
        if (quantiles.SituationPct <= 0 || quantiles.SituationPct >= 100)
            return ItmError.InvalidSituation;
        if (quantiles.TimePct <= 0 || quantiles.TimePct >= 100)
            return ItmError.InvalidTime;
        if (quantiles.LocationPct <= 0 || quantiles.LocationPct >= 100)
            return ItmError.InvalidLocation;
        return ItmError.None;
    }
}

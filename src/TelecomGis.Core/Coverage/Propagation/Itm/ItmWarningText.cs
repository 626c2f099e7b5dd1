namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>The ITM's warnings in words, for a report's validity note (NTIA's descriptions of its warning flags).</summary>
public static class ItmWarningText
{
    /// <summary>One English phrase per raised flag, in the flags' order; empty when there is none.</summary>
    public static IReadOnlyList<string> Describe(this ItmWarnings warnings)
    {
        var phrases = new List<string>();
        foreach (var (flag, text) in Phrases)
        {
            if ((warnings & flag) != 0)
                phrases.Add(text);
        }

        return phrases;
    }

    private static readonly (ItmWarnings Flag, string Text)[] Phrases =
    [
        (ItmWarnings.TxTerminalHeight, "transmitter height outside 1–1000 m"),
        (ItmWarnings.RxTerminalHeight, "receiver height outside 1–1000 m"),
        (ItmWarnings.Frequency, "frequency outside 40 MHz–10 GHz"),
        (ItmWarnings.PathDistanceTooBig1, "path longer than 1000 km"),
        (ItmWarnings.PathDistanceTooBig2, "path longer than 2000 km"),
        (ItmWarnings.PathDistanceTooSmall1, "path too short for the difference of the effective heights"),
        (ItmWarnings.PathDistanceTooSmall2, "path shorter than 1 km"),
        (ItmWarnings.TxHorizonAngle, "transmitter horizon angle above 200 mrad"),
        (ItmWarnings.RxHorizonAngle, "receiver horizon angle above 200 mrad"),
        (ItmWarnings.TxHorizonDistance1, "transmitter horizon under a tenth of the smooth-earth horizon"),
        (ItmWarnings.RxHorizonDistance1, "receiver horizon under a tenth of the smooth-earth horizon"),
        (ItmWarnings.TxHorizonDistance2, "transmitter horizon over three times the smooth-earth horizon"),
        (ItmWarnings.RxHorizonDistance2, "receiver horizon over three times the smooth-earth horizon"),
        (ItmWarnings.ExtremeVariabilities, "a requested percentage lies far in its distribution's tail"),
        (ItmWarnings.SurfaceRefractivity, "surface refractivity below 250 N-units"),
    ];
}

namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// Conditions under which the ITM still answers but outside the range it was built and tested for (NTIA's ITM warning flags;
/// the bit values are NTIA's, so a result can be compared with its tools). None of them stops the computation.
/// </summary>
[Flags]
public enum ItmWarnings
{
    /// <summary>No warning.</summary>
    None = 0,

    /// <summary>Transmitter structural height outside 1–1000 m.</summary>
    TxTerminalHeight = 0x0001,

    /// <summary>Receiver structural height outside 1–1000 m.</summary>
    RxTerminalHeight = 0x0002,

    /// <summary>Frequency outside 40 MHz–10 GHz.</summary>
    Frequency = 0x0004,

    /// <summary>Path longer than 1000 km.</summary>
    PathDistanceTooBig1 = 0x0008,

    /// <summary>Path longer than 2000 km: take great care with the result.</summary>
    PathDistanceTooBig2 = 0x0010,

    /// <summary>Path shorter than |he,tx − he,rx| / 0.2 (steep path).</summary>
    PathDistanceTooSmall1 = 0x0020,

    /// <summary>Path shorter than 1 km: take great care with the result.</summary>
    PathDistanceTooSmall2 = 0x0040,

    /// <summary>Transmitter horizon angle above 200 mrad: the small-angle approximations may break down.</summary>
    TxHorizonAngle = 0x0080,

    /// <summary>Receiver horizon angle above 200 mrad.</summary>
    RxHorizonAngle = 0x0100,

    /// <summary>Transmitter horizon distance under a tenth of the smooth-earth horizon distance.</summary>
    TxHorizonDistance1 = 0x0200,

    /// <summary>Receiver horizon distance under a tenth of the smooth-earth horizon distance.</summary>
    RxHorizonDistance1 = 0x0400,

    /// <summary>Transmitter horizon distance over three times the smooth-earth horizon distance.</summary>
    TxHorizonDistance2 = 0x0800,

    /// <summary>Receiver horizon distance over three times the smooth-earth horizon distance.</summary>
    RxHorizonDistance2 = 0x1000,

    /// <summary>A requested quantile lies far in the tail of its distribution (|z| &gt; 3.10).</summary>
    ExtremeVariabilities = 0x2000,

    /// <summary>Surface refractivity below 250 N-units.</summary>
    SurfaceRefractivity = 0x4000,
}

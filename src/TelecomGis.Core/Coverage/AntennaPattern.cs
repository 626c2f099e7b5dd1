namespace TelecomGis.Core.Coverage;

/// <summary>
/// The sector antenna's gain relative to boresight, as 3GPP TR 36.814 (Table A.2.1.1-2) models a macro-cell panel:
/// horizontal A_H(φ) = −min(12 (φ/φ3dB)², A_m), vertical A_V(θ) = −min(12 ((θ − θtilt)/θ3dB)², SLA_v), combined
/// −min(−(A_H + A_V), A_m). COVERAGE.md asks for the horizontal parabola with a 25 dB floor and "the vertical likewise around the
/// tilt"; both caps are therefore 25 dB here and the combined attenuation is capped at 25 dB as well.
/// Values are attenuations (positive dB), to be subtracted from the EIRP.
/// </summary>
public readonly struct AntennaPattern
{
    /// <summary>The front-to-back ratio A_m and the vertical side-lobe cap, dB (COVERAGE.md).</summary>
    public const double MaxAttenuationDb = 25;

    private readonly double _horizontalFactor;
    private readonly double _verticalFactor;

    /// <param name="horizontalBeamwidthDeg">Half-power (3 dB) horizontal beamwidth, degrees (COVERAGE.md's default is 65°).</param>
    /// <param name="verticalBeamwidthDeg">Half-power vertical beamwidth, degrees.</param>
    /// <param name="downtiltDeg">Electrical plus mechanical downtilt, degrees below the horizon.</param>
    public AntennaPattern(double horizontalBeamwidthDeg, double verticalBeamwidthDeg, double downtiltDeg)
    {
        if (!(horizontalBeamwidthDeg > 0))
            throw new ArgumentOutOfRangeException(nameof(horizontalBeamwidthDeg), "must be positive");
        if (!(verticalBeamwidthDeg > 0))
            throw new ArgumentOutOfRangeException(nameof(verticalBeamwidthDeg), "must be positive");
        HorizontalBeamwidthDeg = horizontalBeamwidthDeg;
        VerticalBeamwidthDeg = verticalBeamwidthDeg;
        DowntiltDeg = downtiltDeg;
        // 12 (φ/φ3dB)² = φ² · (12 / φ3dB²): precomputed so the per-cell call is two multiplications.
        _horizontalFactor = 12 / (horizontalBeamwidthDeg * horizontalBeamwidthDeg);
        _verticalFactor = 12 / (verticalBeamwidthDeg * verticalBeamwidthDeg);
    }

    public double HorizontalBeamwidthDeg { get; }

    public double VerticalBeamwidthDeg { get; }

    public double DowntiltDeg { get; }

    /// <summary>Horizontal attenuation, dB, at <paramref name="offBoresightDeg"/> (any sign, within ±180°) from the azimuth.</summary>
    public double HorizontalDb(double offBoresightDeg) => Math.Min(_horizontalFactor * offBoresightDeg * offBoresightDeg, MaxAttenuationDb);

    /// <summary>Vertical attenuation, dB, for a ray <paramref name="depressionDeg"/> below the horizon (negative: above).</summary>
    public double VerticalDb(double depressionDeg)
    {
        var off = depressionDeg - DowntiltDeg;
        return Math.Min(_verticalFactor * off * off, MaxAttenuationDb);
    }

    /// <summary>The combined attenuation, dB: the sum of both planes, capped at <see cref="MaxAttenuationDb"/>.</summary>
    public double AttenuationDb(double offBoresightDeg, double depressionDeg) =>
        Math.Min(HorizontalDb(offBoresightDeg) + VerticalDb(depressionDeg), MaxAttenuationDb);

    /// <summary>The angle from <paramref name="azimuthDeg"/> to <paramref name="bearingDeg"/>, folded into −180…180°.</summary>
    public static double OffBoresightDeg(double bearingDeg, double azimuthDeg)
    {
        var d = bearingDeg - azimuthDeg;
        d -= 360 * Math.Floor((d + 180) / 360);
        return d;
    }
}

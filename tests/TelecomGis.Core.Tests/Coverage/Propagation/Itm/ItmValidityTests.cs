using TelecomGis.Core.Coverage.Propagation.Itm;

namespace TelecomGis.Core.Tests.Coverage.Propagation.Itm;

/// <summary>Refusals and warnings: an input outside the model's range is a result with a reason, never an exception.</summary>
public class ItmValidityTests
{
    private static readonly ItmRadioSettings Radio = new(
        900,
        ItmPolarization.Vertical,
        ItmClimate.MaritimeSubtropical,
        301,
        15,
        0.005,
        new ItmModeOfVariability(ItmVariabilityMode.Broadcast)
    );

    private static readonly double[] Flat = Enumerable.Repeat(10.0, 101).ToArray();

    [Fact]
    public void AShortPath_WarnsThatItIsUnder1Km()
    {
        var r = IrregularTerrainModel.PointToPoint(Flat, 5, 30, 1.5, Radio, ItmPercentages.Median); // 500 m
        Assert.True(r.Succeeded);
        Assert.True(r.Warnings.HasFlag(ItmWarnings.PathDistanceTooSmall2));
        Assert.False(r.WithinValidity);
        Assert.Contains("path shorter than 1 km", r.Warnings.Describe());
        Assert.Empty(ItmWarnings.None.Describe());
    }

    [Fact]
    public void AFrequencyAbove10Ghz_Warns_AndAbove20Ghz_Refuses()
    {
        var warned = IrregularTerrainModel.PointToPoint(Flat, 50, 30, 1.5, Radio with { FrequencyMhz = 15_000 }, ItmPercentages.Median);
        Assert.True(warned.Succeeded);
        Assert.True(warned.Warnings.HasFlag(ItmWarnings.Frequency));

        var refused = IrregularTerrainModel.PointToPoint(Flat, 50, 30, 1.5, Radio with { FrequencyMhz = 26_000 }, ItmPercentages.Median);
        Assert.Equal(ItmError.Frequency, refused.Error);
        Assert.True(double.IsNaN(refused.LossDb));
    }

    [Theory]
    [InlineData(0.2, 1.5, ItmError.TxTerminalHeight)]
    [InlineData(30, 4000, ItmError.RxTerminalHeight)]
    public void ImpossibleHeights_AreRefused(double tx, double rx, ItmError expected) =>
        Assert.Equal(expected, IrregularTerrainModel.PointToPoint(Flat, 50, tx, rx, Radio, ItmPercentages.Median).Error);

    [Fact]
    public void Quantiles_MustLieStrictlyBetween0And100_InTheCallersTerms()
    {
        Assert.Equal(
            ItmError.InvalidTime,
            IrregularTerrainModel.PointToPoint(Flat, 50, 30, 1.5, Radio, new ItmPercentages(100, 50, 50)).Error
        );
        Assert.Equal(ItmError.InvalidReliability, IrregularTerrainModel.PointToPoint(Flat, 50, 30, 1.5, Radio, 50, 0).Error);
        Assert.Equal(ItmError.InvalidConfidence, IrregularTerrainModel.Area(10, 90, 30, 1.5, 0, 0, Radio, 100, 50).Error);
    }

    [Fact]
    public void AreaMode_RefusesANegativeDeltaHOrDistance()
    {
        Assert.Equal(ItmError.DeltaH, IrregularTerrainModel.Area(10, -1, 30, 1.5, 0, 0, Radio, ItmPercentages.Median).Error);
        Assert.Equal(ItmError.PathDistance, IrregularTerrainModel.Area(0, 90, 30, 1.5, 0, 0, Radio, ItmPercentages.Median).Error);
    }

    [Fact]
    public void AProfileOfOnePoint_IsRefused() =>
        Assert.Equal(ItmError.PathDistance, IrregularTerrainModel.PointToPoint([10.0], 50, 30, 1.5, Radio, ItmPercentages.Median).Error);

    [Theory]
    [InlineData(12, ItmVariabilityMode.Mobile, true, false)]
    [InlineData(21, ItmVariabilityMode.Accidental, false, true)]
    [InlineData(33, ItmVariabilityMode.Broadcast, true, true)]
    public void ModeOfVariability_ReadsNtiaCodes(int code, ItmVariabilityMode mode, bool noLocation, bool noSituation)
    {
        var m = ItmModeOfVariability.FromCode(code)!.Value;
        Assert.Equal(new ItmModeOfVariability(mode, noLocation, noSituation), m);
        Assert.Equal(code, m.Code);
        Assert.Null(ItmModeOfVariability.FromCode(5));
    }

    [Fact]
    // ITM names the region by the smooth-earth horizons, so a 10 km path stays "line of sight" even behind a hill; the loss shows it.
    public void AHillBetweenTheTerminals_AddsLoss_OverTheFlatProfile()
    {
        var hill = (double[])Flat.Clone();
        for (var i = 40; i <= 60; i++)
            hill[i] = 10 + 120 * Math.Sin((i - 40) / 20.0 * Math.PI);
        var flat = IrregularTerrainModel.PointToPoint(Flat, 100, 30, 1.5, Radio, ItmPercentages.Median);
        var blocked = IrregularTerrainModel.PointToPoint(hill, 100, 30, 1.5, Radio, ItmPercentages.Median);
        Assert.True(blocked.LossDb > flat.LossDb + 10, $"{blocked.LossDb} vs {flat.LossDb}");
    }
}

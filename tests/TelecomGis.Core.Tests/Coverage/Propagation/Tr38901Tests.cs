using TelecomGis.Core.Coverage.Propagation;

namespace TelecomGis.Core.Tests.Coverage.Propagation;

/// <summary>
/// 3GPP TR 38.901 V17 Table 7.4.1-1, values derived by hand from the TR's formulas (fc in GHz, distances in m, c = 299 792 458 m/s).
/// </summary>
public class Tr38901Tests
{
    // UMa, fc 3.5 GHz, d2D 1000 m, hBS 25 m, hUT 1.5 m:
    //   d3D = √(1000² + 23.5²) = 1000.276 m, log10 d3D = 3.000120; 20·log10 3.5 = 10.8814.
    //   NLOS': 13.54 + 39.08·3.000120 + 10.8814 − 0.6·(1.5 − 1.5) = 13.54 + 117.2447 + 10.8814 = 141.666 dB.
    //   LOS: d'BP = 4·(25 − 1)·(1.5 − 1)·3.5e9 / c = 560.39 m < 1000 m, so PL2:
    //        28 + 40·3.000120 + 10.8814 − 9·log10(560.39² + 23.5²) = 28 + 120.0048 + 10.8814 − 49.4797 = 109.406 dB.
    //   NLOS = max(109.406, 141.666) = 141.666 dB.
    // UMa LOS at d2D 300 m (< d'BP): d3D = 300.919 m, PL1 = 28 + 22·2.478449 + 10.8814 = 93.407 dB.
    [Theory]
    [InlineData(Tr38901LineOfSight.NonLineOfSight, 1.0, 141.666)]
    [InlineData(Tr38901LineOfSight.LineOfSight, 1.0, 109.406)]
    [InlineData(Tr38901LineOfSight.LineOfSight, 0.3, 93.407)]
    public void UrbanMacro_At3500Mhz_MatchesTheTrFormulas(Tr38901LineOfSight los, double distanceKm, double expectedDb)
    {
        var loss = new Tr38901UrbanMacroModel(los).Compute(new PathLossRequest(3500, distanceKm, 25, 1.5));
        Assert.Equal(expectedDb, loss.LossDb, 0.01);
        Assert.True(loss.WithinValidity, loss.ValidityNote);
    }

    [Fact]
    public void UrbanMacro_BreakpointDistance_Is560mAt3500MhzFor25mAnd1_5m() =>
        Assert.Equal(560.39, Tr38901UrbanMacroModel.BreakpointDistanceM(3500, 25, 1.5), 0.01);

    // RMa, fc 3.5 GHz, hBS 35 m, hUT 1.5 m, h 5 m, W 20 m:
    //   dBP = 2π·35·1.5·3.5e9 / c = 3851.1 m.
    //   h^1.72 = 15.93: min(0.03·h^1.72, 10) = 0.4779, min(0.044·h^1.72, 14.77) = 0.7009; 0.002·log10 5 = 0.001398.
    //   d2D 1000 m: d3D = √(1000² + 33.5²) = 1000.561 m (< dBP, PL1):
    //     20·log10(40π·1000.561·3.5/3) = 103.3280; + 0.4779·3.000244 = 1.4338; − 0.7009; + 0.001398·1000.561 = 1.3987
    //     PL1 = 105.460 dB.
    //   NLOS': 161.04 − 7.1·log10 20 + 7.5·log10 5 = 157.0450; − (24.37 − 3.7·(5/35)²)·log10 35 = −37.5123;
    //     + (43.42 − 3.1·log10 35)·(3.000244 − 3) = +0.0094; + 10.8814; − (3.2·(log10(11.75·1.5))² − 4.97) = +0.0009
    //     = 130.424 dB; NLOS = max(105.460, 130.424) = 130.424 dB.
    //   d2D 5000 m (> dBP, LOS PL2): PL1(3851.1) + 40·log10(5000.112/3851.1) = 125.967 dB.
    [Theory]
    [InlineData(Tr38901LineOfSight.NonLineOfSight, 1.0, 130.424)]
    [InlineData(Tr38901LineOfSight.LineOfSight, 1.0, 105.460)]
    [InlineData(Tr38901LineOfSight.LineOfSight, 5.0, 125.967)]
    [InlineData(Tr38901LineOfSight.NonLineOfSight, 5.0, 157.419)]
    public void RuralMacro_At3500Mhz_MatchesTheTrFormulas(Tr38901LineOfSight los, double distanceKm, double expectedDb)
    {
        var loss = new Tr38901RuralMacroModel(los).Compute(new PathLossRequest(3500, distanceKm, 35, 1.5));
        Assert.Equal(expectedDb, loss.LossDb, 0.01);
        Assert.True(loss.WithinValidity, loss.ValidityNote);
    }

    [Fact]
    public void RuralMacro_LineOfSight_IsContinuousAtTheBreakpoint()
    {
        var model = new Tr38901RuralMacroModel(Tr38901LineOfSight.LineOfSight);
        var dBpKm = Tr38901RuralMacroModel.BreakpointDistanceM(2600, 35, 1.5) / 1000;
        var below = model.Compute(new PathLossRequest(2600, dBpKm - 1e-6, 35, 1.5)).LossDb;
        var above = model.Compute(new PathLossRequest(2600, dBpKm + 1e-6, 35, 1.5)).LossDb;
        // PL1(dBP) is taken at d3D = dBP while the path's d3D is slightly longer: the step is 40·log10(d3D/dBP) < 0.01 dB here.
        Assert.Equal(below, above, 0.01);
    }

    [Theory]
    [InlineData(2100.0)]
    [InlineData(3500.0)]
    [InlineData(26000.0)]
    public void NonLineOfSight_NeverBelowLineOfSight(double frequencyMhz)
    {
        for (var d = 0.01; d <= 5; d *= 1.3)
        {
            var r = new PathLossRequest(frequencyMhz, d, 30, 1.5);
            Assert.True(
                new Tr38901UrbanMacroModel(Tr38901LineOfSight.NonLineOfSight).Compute(r).LossDb
                    >= new Tr38901UrbanMacroModel(Tr38901LineOfSight.LineOfSight).Compute(r).LossDb
            );
            Assert.True(
                new Tr38901RuralMacroModel(Tr38901LineOfSight.NonLineOfSight).Compute(r).LossDb
                    >= new Tr38901RuralMacroModel(Tr38901LineOfSight.LineOfSight).Compute(r).LossDb
            );
        }
    }

    [Theory]
    [InlineData(3500, 6.0, 25, 1.5, "10 m–5 km")]
    [InlineData(3500, 1.0, 40, 1.5, "25 m")]
    [InlineData(3500, 1.0, 25, 30, "1.5–22.5 m")]
    [InlineData(150_000, 1.0, 25, 1.5, "0.5–100 GHz")]
    public void UrbanMacro_OutsideItsRange_SaysWhich(double f, double dKm, double hb, double hm, string expectedNote)
    {
        var loss = new Tr38901UrbanMacroModel(Tr38901LineOfSight.NonLineOfSight).Compute(new PathLossRequest(f, dKm, hb, hm));
        Assert.False(loss.WithinValidity);
        Assert.Contains(expectedNote, loss.ValidityNote);
    }

    [Theory]
    [InlineData(Tr38901LineOfSight.NonLineOfSight, 3500, 7.0, 35, 1.5, "10 m–5 km")]
    [InlineData(Tr38901LineOfSight.LineOfSight, 3500, 7.0, 35, 1.5, null)]
    [InlineData(Tr38901LineOfSight.LineOfSight, 3500, 11.0, 35, 1.5, "10 m–10 km")]
    [InlineData(Tr38901LineOfSight.NonLineOfSight, 40_000, 1.0, 35, 1.5, "0.5–30 GHz")]
    [InlineData(Tr38901LineOfSight.NonLineOfSight, 3500, 1.0, 200, 1.5, "10–150 m")]
    public void RuralMacro_Validity(Tr38901LineOfSight los, double f, double dKm, double hb, double hm, string? expectedNote)
    {
        var loss = new Tr38901RuralMacroModel(los).Compute(new PathLossRequest(f, dKm, hb, hm));
        Assert.Equal(expectedNote is null, loss.WithinValidity);
        if (expectedNote is not null)
            Assert.Contains(expectedNote, loss.ValidityNote);
    }

    [Theory]
    [InlineData(PropagationEnvironment.UrbanLargeCity, typeof(Tr38901UrbanMacroModel))]
    [InlineData(PropagationEnvironment.UrbanSmallMediumCity, typeof(Tr38901UrbanMacroModel))]
    [InlineData(PropagationEnvironment.Suburban, typeof(Tr38901RuralMacroModel))]
    [InlineData(PropagationEnvironment.Open, typeof(Tr38901RuralMacroModel))]
    public void PathLossModels_Above2Ghz_MapsEnvironmentToTheTrScenario_Nlos(PropagationEnvironment environment, Type expected)
    {
        var model = PathLossModels.For(3500, environment);
        Assert.IsType(expected, model);
        Assert.Contains("NLOS", model.Name);
    }
}

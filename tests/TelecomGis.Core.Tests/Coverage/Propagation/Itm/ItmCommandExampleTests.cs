using System.Globalization;
using TelecomGis.Core.Coverage.Propagation.Itm;

namespace TelecomGis.Core.Tests.Coverage.Propagation.Itm;

/// <summary>
/// NTIA's worked command-line examples (Vectors/cmd_examples): inputs i_*.txt, outputs o_*.txt printed to 0.1 dB, with the
/// intermediate values of the path analysis. Profile pfl.txt: 142 intervals of 25.6 m, 1692–1710 m above sea level.
/// </summary>
public class ItmCommandExampleTests
{
    private const double Tenths = 0.055;

    // Every example: climate 5, N0 301, 3500 or 10000 MHz, vertical, εr 15, σ 0.005.
    private static readonly ItmRadioSettings P2pRadio = new(
        3500,
        ItmPolarization.Vertical,
        ItmClimate.ContinentalTemperate,
        301,
        15,
        0.005,
        new ItmModeOfVariability(ItmVariabilityMode.Accidental)
    );

    private static (double[] Elevations, double SpacingM) Pfl() =>
        ItmVectors.Profile(File.ReadAllText(ItmVectors.PathOf("cmd_examples/pfl.txt")).Trim());

    [Fact]
    public void P2pTls_MatchesLossAndIntermediateValues()
    {
        var (z, spacing) = Pfl();
        var r = IrregularTerrainModel.PointToPoint(z, spacing, 15, 3, P2pRadio, new ItmPercentages(50, 50, 50));
        const string o = "cmd_examples/o_p2ptls.txt";

        Assert.Equal(ItmWarnings.None, r.Warnings);
        Assert.Equal(ItmVectors.NumberOf(o, "Basic Transmission Loss"), r.LossDb, Tenths);
        Assert.Equal(ItmVectors.NumberOf(o, "Free Space"), r.FreeSpaceLossDb, Tenths);
        Assert.Equal(ItmVectors.NumberOf(o, "d__km"), r.DistanceKm, 0.0005);
        Assert.Equal(ItmVectors.NumberOf(o, "theta_hzn_tx"), r.Geometry.TxHorizonAngleRad * 1000, 0.0005);
        Assert.Equal(ItmVectors.NumberOf(o, "theta_hzn_rx"), r.Geometry.RxHorizonAngleRad * 1000, 0.0005);
        Assert.Equal(ItmVectors.NumberOf(o, "d_hzn_tx__meter"), r.Geometry.TxHorizonDistanceM, 0.5);
        Assert.Equal(ItmVectors.NumberOf(o, "d_hzn_rx__meter"), r.Geometry.RxHorizonDistanceM, 0.5);
        Assert.Equal(ItmVectors.NumberOf(o, "h_e_tx__meter"), r.Geometry.TxEffectiveHeightM, 0.05);
        Assert.Equal(ItmVectors.NumberOf(o, "h_e_rx__meter"), r.Geometry.RxEffectiveHeightM, 0.05);
        Assert.Equal(ItmVectors.NumberOf(o, "N_s"), r.Geometry.SurfaceRefractivityNUnits, 0.05);
        Assert.Equal(ItmVectors.NumberOf(o, "delta_h__meter"), r.Geometry.DeltaHM, 0.05);
        Assert.Equal(ItmVectors.NumberOf(o, "A_ref__db"), r.ReferenceAttenuationDb, Tenths);
        Assert.Equal((ItmPropagationMode)(int)ItmVectors.NumberOf(o, "Mode of Propagation"), r.Mode);
    }

    [Fact]
    public void P2pCr_AtConfidence50Reliability50_Is114_5Db()
    {
        var (z, spacing) = Pfl();
        var r = IrregularTerrainModel.PointToPoint(z, spacing, 15, 3, P2pRadio, confidencePct: 50, reliabilityPct: 50);
        Assert.Equal(ItmVectors.NumberOf("cmd_examples/o_p2pcr.txt", "Basic Transmission Loss"), r.LossDb, Tenths);
    }

    // o_p2pcr_tbl.txt: rows reliability 10, 65, 90; columns confidence 10, 60, 90.
    [Theory]
    [InlineData(10, 10, 110.9)]
    [InlineData(10, 60, 117.2)]
    [InlineData(10, 90, 129.1)]
    [InlineData(65, 10, 110.9)]
    [InlineData(65, 60, 117.4)]
    [InlineData(65, 90, 129.2)]
    [InlineData(90, 10, 110.9)]
    [InlineData(90, 60, 117.5)]
    [InlineData(90, 90, 129.3)]
    public void P2pCrTable_MatchesEveryCell(double reliability, double confidence, double expectedDb)
    {
        var (z, spacing) = Pfl();
        var r = IrregularTerrainModel.PointToPoint(z, spacing, 15, 3, P2pRadio, confidence, reliability);
        Assert.Equal(expectedDb, r.LossDb, Tenths);
    }

    [Fact]
    public void AreaTls_MatchesLossAndIntermediateValues()
    {
        var radio = P2pRadio;
        var r = IrregularTerrainModel.Area(
            10,
            20,
            15,
            3,
            ItmSitingCriteria.Random,
            ItmSitingCriteria.Random,
            radio,
            new ItmPercentages(50, 50, 50)
        );
        const string o = "cmd_examples/o_areatls.txt";
        Assert.Equal(ItmVectors.NumberOf(o, "Basic Transmission Loss"), r.LossDb, Tenths);
        Assert.Equal(ItmVectors.NumberOf(o, "A_ref__db"), r.ReferenceAttenuationDb, Tenths);
        Assert.Equal(ItmVectors.NumberOf(o, "theta_hzn_tx"), r.Geometry.TxHorizonAngleRad * 1000, 0.0005);
        Assert.Equal(ItmVectors.NumberOf(o, "d_hzn_rx__meter"), r.Geometry.RxHorizonDistanceM, 0.5);
        Assert.Equal(ItmPropagationMode.LineOfSight, r.Mode);
    }

    private static readonly ItmRadioSettings AreaCrRadio = new(
        10000,
        ItmPolarization.Vertical,
        ItmClimate.ContinentalTemperate,
        301,
        15,
        0.005,
        new ItmModeOfVariability(ItmVariabilityMode.Broadcast)
    );

    [Fact]
    public void AreaCr_At1Km_Is118_3Db()
    {
        var r = IrregularTerrainModel.Area(
            1,
            0,
            3,
            3,
            ItmSitingCriteria.Random,
            ItmSitingCriteria.Random,
            AreaCrRadio,
            confidencePct: 77,
            reliabilityPct: 90
        );
        Assert.Equal(ItmVectors.NumberOf("cmd_examples/o_areacr.txt", "Basic Transmission Loss"), r.LossDb, Tenths);
        Assert.Equal(ItmVectors.NumberOf("cmd_examples/o_areacr.txt", "Free Space"), r.FreeSpaceLossDb, Tenths);
    }

    /// <summary>o_areacr_tbl.txt: 19 distances from 10 to 1000 km, free space and three confidences at 90 % reliability.</summary>
    [Fact]
    public void AreaCrTable_MatchesEveryCell()
    {
        var lines = File.ReadAllLines(ItmVectors.PathOf("cmd_examples/o_areacr_tbl.txt"));
        var first = Array.FindIndex(lines, l => l.TrimStart().StartsWith("(km)", StringComparison.Ordinal)) + 1;
        var cells = 0;
        foreach (var line in lines.Skip(first).Where(l => l.Trim().Length > 0))
        {
            var v = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => double.Parse(s, CultureInfo.InvariantCulture))
                .ToArray();
            double[] confidences = [50, 75, 90];
            for (var c = 0; c < confidences.Length; c++)
            {
                var r = IrregularTerrainModel.Area(
                    v[0],
                    0,
                    3,
                    3,
                    ItmSitingCriteria.Random,
                    ItmSitingCriteria.Random,
                    AreaCrRadio,
                    confidences[c],
                    90
                );
                Assert.True(Math.Abs(v[2 + c] - r.LossDb) <= Tenths, $"{v[0]} km, confidence {confidences[c]}: {r.LossDb} vs {v[2 + c]}");
                Assert.Equal(v[1], r.FreeSpaceLossDb, Tenths);
                cells++;
            }
        }

        Assert.Equal(57, cells);
    }
}

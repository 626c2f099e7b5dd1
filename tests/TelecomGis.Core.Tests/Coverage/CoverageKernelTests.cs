using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Tests.Coverage;

/// <summary>
/// The grid's kernel (geometry once per site, the capped back lobe without an arctangent) against the straightforward
/// evaluation it replaced: every cell, every server, the model's profile, both arctangent and vertical plane, in server order.
/// A small grid of 50 m cells with sites of one to four sectors in all directions, bands of every model family, a mast on a
/// cell centre and sites at the grid's edge: every cell's level must be the same float, bit for bit, and its server the same.
/// </summary>
public class CoverageKernelTests
{
    private const double DegPerRad = 180 / Math.PI;

    private static CoverageInputs Inputs()
    {
        var grid = new CoverageGrid(0, 6000, 120, 120, 50, 5899);
        var inProvince = new bool[grid.CellCount];
        for (var i = 0; i < inProvince.Length; i++)
            inProvince[i] = i % 7 != 3; // a few holes
        var communeOfCell = new int[grid.CellCount];
        Array.Fill(communeOfCell, -1);
        var servers = new List<CoverageServer>();
        var random = new Random(20261130);
        var sites = new (double X, double Y)[]
        {
            (1025, 4975),
            (3000, 3000),
            (0, 6000),
            (5990, 10),
            (2510.5, 1233.25),
            (4400, 5200),
            (800, 900),
        };
        double[] bands = [700, 900, 1800, 2100, 3500];
        string[] carriers = ["Viettel", "VNPT", "MobiFone"];
        for (var s = 0; s < sites.Length; s++)
        {
            var sectors = 1 + s % 4;
            var environment = (PropagationEnvironment)(s % Enum.GetValues<PropagationEnvironment>().Length);
            for (var k = 0; k < sectors; k++)
            {
                var frequency = bands[random.Next(bands.Length)];
                servers.Add(
                    new CoverageServer(
                        $"S{s}",
                        k,
                        carriers[s % carriers.Length],
                        k % 2 == 0 ? Technology.G4 : Technology.G2,
                        sites[s].X,
                        sites[s].Y,
                        random.NextDouble() * 720 - 180,
                        frequency,
                        40 + random.Next(25),
                        15 + random.Next(40),
                        environment,
                        PathLossModels.For(frequency, environment)
                    )
                );
            }
        }
        return new CoverageInputs(grid, inProvince, communeOfCell, [], servers, "kernel-test");
    }

    [Theory]
    [InlineData(65, 10, 4, 3)]
    [InlineData(33, 6, 8, 2)]
    [InlineData(90, 10, 0, 3)] // no bearing reaches the 25 dB cap: the shortcut is off
    public void TheGridsKernel_GivesEveryCellTheSameLevelAndServerAsEvaluatingEveryCellInFull(
        double beamwidthDeg,
        double verticalDeg,
        double tiltDeg,
        double radiusKm
    )
    {
        var inputs = Inputs();
        var parameters = new CoverageParameters
        {
            ResolutionM = 50,
            MaxRadiusKm = radiusKm,
            HorizontalBeamwidthDeg = beamwidthDeg,
            VerticalBeamwidthDeg = verticalDeg,
            DowntiltDeg = tiltDeg,
            CommunesOn = new DateOnly(2025, 7, 1),
        };
        var result = CoverageComputation.Run(inputs, parameters);
        var (expected, evaluations, outside) = Straightforward(inputs, parameters, result.Layers);

        for (var l = 0; l < result.Layers.Count; l++)
        {
            var layer = result.Layers[l];
            for (var cell = 0; cell < inputs.Grid.CellCount; cell++)
            {
                Assert.True(
                    BitConverter.SingleToInt32Bits(expected[l].Level[cell]) == BitConverter.SingleToInt32Bits(layer.LevelDbm[cell]),
                    $"{layer.Label}, cell {cell}: {expected[l].Level[cell]:R} expected, {layer.LevelDbm[cell]:R} computed"
                );
                Assert.Equal(expected[l].Server[cell], layer.Server[cell]);
            }
        }
        Assert.Equal(evaluations, result.Validity.Select(v => v.Evaluations));
        Assert.Equal(outside, result.Validity.Select(v => v.OutsideValidity));
        Assert.Contains(result.Layers, l => l.LevelDbm.Any(float.IsFinite));
    }

    [Fact]
    public void Sites_GroupConsecutiveServersAtOnePointInTheirOrder()
    {
        var servers = Inputs().Servers;
        var sites = CoverageComputation.Sites(servers);
        Assert.Equal(7, sites.Count);
        Assert.Equal([(0, 1), (1, 3), (3, 6), (6, 10), (10, 11), (11, 13), (13, 16)], sites);
    }

    /// <summary>The kernel as first written: every cell in full, servers in id order, levels kept when strictly better.</summary>
    private static ((float[] Level, int[] Server)[] Layers, long[] Evaluations, long[] Outside) Straightforward(
        CoverageInputs inputs,
        CoverageParameters parameters,
        IReadOnlyList<CoverageLayer> shape
    )
    {
        var grid = inputs.Grid;
        var pattern = parameters.Pattern;
        var radiusM = parameters.MaxRadiusKm * 1000;
        var layers = shape
            .Select(_ =>
                (
                    Level: Enumerable.Repeat(float.NegativeInfinity, grid.CellCount).ToArray(),
                    Server: Enumerable.Repeat(-1, grid.CellCount).ToArray()
                )
            )
            .ToArray();
        var evaluations = new long[inputs.Servers.Count];
        var outside = new long[inputs.Servers.Count];
        for (var s = 0; s < inputs.Servers.Count; s++)
        {
            var server = inputs.Servers[s];
            var profile = new RadialProfile(server, pattern, parameters.RxHeightM, radiusM);
            var own = shape.ToList().FindIndex(l => l.Technology == server.Technology && l.Carrier == server.Carrier);
            var all = shape.ToList().FindIndex(l => l.Technology == server.Technology && l.Carrier is null);
            for (var row = 0; row < grid.Rows; row++)
            {
                var dy = grid.CentreY(row) - server.YM;
                if (Math.Abs(dy) > radiusM)
                    continue;
                var halfChordM = Math.Sqrt(radiusM * radiusM - dy * dy);
                var first = Math.Max(0, (int)Math.Ceiling((server.XM - halfChordM - grid.WestM) / grid.ResolutionM - 0.5));
                var last = Math.Min(grid.Columns - 1, (int)Math.Floor((server.XM + halfChordM - grid.WestM) / grid.ResolutionM - 0.5));
                for (var c = first; c <= last; c++)
                {
                    var cell = grid.Index(c, row);
                    if (!inputs.InProvince[cell])
                        continue;
                    var dx = grid.WestM + (c + 0.5) * grid.ResolutionM - server.XM;
                    profile.Sample(Math.Sqrt(dx * dx + dy * dy), out var lossDb, out var verticalDb, out var note);
                    evaluations[s]++;
                    if (note is not null)
                        outside[s]++;
                    var horizontalDb = pattern.HorizontalDb(
                        AntennaPattern.OffBoresightDeg(MathF.Atan2((float)dx, (float)dy) * DegPerRad, server.GridAzimuthDeg)
                    );
                    var level = (float)(server.EirpDbm - lossDb - Math.Min(horizontalDb + verticalDb, AntennaPattern.MaxAttenuationDb));
                    foreach (var l in new[] { own, all })
                    {
                        if (level > layers[l].Level[cell])
                        {
                            layers[l].Level[cell] = level;
                            layers[l].Server[cell] = s;
                        }
                    }
                }
            }
        }
        return (layers, evaluations, outside);
    }
}

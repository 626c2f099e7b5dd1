using NetTopologySuite.Geometries;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Core.Tests.Reporting;

public class StructureFiguresTests
{
    private static readonly GeometryFactory Wgs = new(new PrecisionModel(), 4326);

    private static AntennaStructure Structure(
        string id,
        string owner,
        PoleClass c,
        bool camouflaged,
        string[] tenants,
        params (string Carrier, Technology Technology)[] installations
    ) =>
        new(
            id,
            owner,
            id,
            Wgs.CreatePoint(new Coordinate(107, 21)),
            c,
            30,
            camouflaged,
            null,
            null,
            false,
            tenants,
            [.. installations.Select(i => new Installation(i.Carrier, i.Technology, 3, [1800], []))]
        );

    private static readonly List<AntennaStructure> Structures =
    [
        // Viettel's 2G and 4G and VNPT's 4G on Viettel's tower: 2 carriers, 3 BTS.
        Structure(
            "S1",
            "Viettel",
            PoleClass.A2b,
            false,
            [],
            ("Viettel", Technology.G2),
            ("Viettel", Technology.G4),
            ("VNPT", Technology.G4)
        ),
        Structure("S2", "Viettel", PoleClass.A1b, true, [], ("Viettel", Technology.G4)),
        Structure("S3", "MobiFone", PoleClass.A1a, false, [], ("MobiFone", Technology.G3), ("MobiFone", Technology.G5)),
        // Viettel is named a tenant without itemised equipment (as an imported site names it): shared, but no BTS of its own.
        Structure("S4", "VNPT", PoleClass.A2a, false, ["Viettel"], ("VNPT", Technology.G4), ("MobiFone", Technology.G4)),
    ];

    [Fact]
    public void CountsStructuresClassesSharingAndBtsAsInstallationsPerCarrierAndTechnology()
    {
        var f = StructureFigures.Summary(Structures).ToDictionary(x => x.Key, x => x.Value);
        Assert.Equal(4, f["structures"]);
        Assert.Equal((2.0, 2.0, 1.0), (f["a1"]!.Value, f["a2"]!.Value, f["camouflaged"]!.Value));
        Assert.Equal(2, f["shared"]);
        Assert.Equal(50, f["sharing-ratio"]);
        Assert.Equal(7, f["installations"]); // carriers on each: 2 + 1 + 1 + 3
        Assert.Equal(8, f["bts"]); // 3 + 1 + 2 + 2
        Assert.Equal((1.0, 1.0, 5.0, 1.0), (f["bts:2G"]!.Value, f["bts:3G"]!.Value, f["bts:4G"]!.Value, f["bts:5G"]!.Value));
    }

    [Fact]
    public void TheBtsCountIsTheRegistersCount()
    {
        var events = Structures.Select(
            (s, i) =>
                new RegisterEvent(i + 1, s.Id, LifecycleStage.InOperation, DateTimeOffset.UnixEpoch, "u", EventSource.Import, null, null, s)
        );
        var counts = RegisterState.Fold(events).Counts();
        var f = StructureFigures.Summary(Structures).ToDictionary(x => x.Key, x => x.Value);
        Assert.Equal((counts.Structures, counts.Bts), ((int)f["structures"]!.Value, (int)f["bts"]!.Value));
    }

    [Fact]
    public void PerCarrierCountsTheStructuresItOwnsThoseItIsOnAndItsOwnInstallations()
    {
        var f = StructureFigures.ByCarrier(Structures).ToDictionary(x => x.Key, x => x.Value);
        Assert.Equal(
            (2.0, 3.0, 3.0),
            (f["carrier:Viettel:owned"]!.Value, f["carrier:Viettel:installations"]!.Value, f["carrier:Viettel:bts"]!.Value)
        );
        Assert.Equal(
            (1.0, 2.0, 3.0),
            (f["carrier:MobiFone:owned"]!.Value, f["carrier:MobiFone:installations"]!.Value, f["carrier:MobiFone:bts"]!.Value)
        );
        Assert.Equal(
            f["total:bts"],
            f.Where(kv => kv.Key.EndsWith(":bts", StringComparison.Ordinal) && kv.Key.StartsWith("carrier:", StringComparison.Ordinal))
                .Sum(kv => kv.Value)
        );
    }

    [Fact]
    public void NoStructuresGivesNoSharingRatio() => Assert.Null(StructureFigures.Summary([]).Single(f => f.Key == "sharing-ratio").Value);
}

using NetTopologySuite.Geometries;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Core.Tests.Reporting;

public class StructureFiguresTests
{
    private static readonly GeometryFactory Wgs = new(new PrecisionModel(), 4326);

    private static Site Site(
        string id,
        string carrier,
        PoleClass c,
        bool camouflaged,
        string[] sharedWith,
        params Technology[] technologies
    ) =>
        new(
            id,
            carrier,
            id,
            Wgs.CreatePoint(new Coordinate(107, 21)),
            c,
            30,
            camouflaged,
            sharedWith,
            [.. technologies.Select(t => new Sector(0, 1800, 60, t))]
        );

    private static readonly List<Site> Sites =
    [
        // Viettel and VNPT share a 2G + 4G tower: 2 installations, 4 BTS.
        Site("S1", "Viettel", PoleClass.A2b, false, ["VNPT"], Technology.G2, Technology.G4, Technology.G4),
        Site("S2", "Viettel", PoleClass.A1b, true, [], Technology.G4),
        Site("S3", "MobiFone", PoleClass.A1a, false, [], Technology.G3, Technology.G5),
        Site("S4", "VNPT", PoleClass.A2a, false, ["MobiFone", "Viettel"], Technology.G4),
    ];

    [Fact]
    public void CountsStructuresClassesSharingAndBtsPerTechnology()
    {
        var f = StructureFigures.Summary(Sites).ToDictionary(x => x.Key, x => x.Value);
        Assert.Equal(4, f["structures"]);
        Assert.Equal((2.0, 2.0, 1.0), (f["a1"]!.Value, f["a2"]!.Value, f["camouflaged"]!.Value));
        Assert.Equal(2, f["shared"]);
        Assert.Equal(50, f["sharing-ratio"]);
        Assert.Equal(7, f["installations"]); // 2 + 1 + 1 + 3
        Assert.Equal(10, f["bts"]); // 4 + 1 + 2 + 3
        Assert.Equal((2.0, 1.0, 6.0, 1.0), (f["bts:2G"]!.Value, f["bts:3G"]!.Value, f["bts:4G"]!.Value, f["bts:5G"]!.Value));
    }

    [Fact]
    public void PerCarrierCountsTheStructuresItOwnsAndThoseItIsOn()
    {
        var f = StructureFigures.ByCarrier(Sites).ToDictionary(x => x.Key, x => x.Value);
        Assert.Equal(
            (2.0, 3.0, 4.0),
            (f["carrier:Viettel:owned"]!.Value, f["carrier:Viettel:installations"]!.Value, f["carrier:Viettel:bts"]!.Value)
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

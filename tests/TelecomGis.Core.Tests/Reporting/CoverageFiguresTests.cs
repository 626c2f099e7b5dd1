using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Core.Tests.Reporting;

public class CoverageFiguresTests
{
    private static readonly GeometryFactory Wgs = new(new PrecisionModel(), 4326);

    private static Commune Commune(string name, long people, double areaKm2) =>
        new(
            name,
            name,
            AdministrativeUnitKind.Commune,
            null,
            people,
            areaKm2,
            Validity.Since(new DateOnly(2025, 7, 1)),
            Wgs.CreatePoint(new Coordinate(107, 21))
        );

    [Fact]
    public void SharesAreWeightedByPeopleAndArea_OverAllCarriersOnly()
    {
        var a = Commune("A", 30_000, 10);
        var b = Commune("B", 10_000, 30);
        CommuneCoverage[] rows =
        [
            new(a, Technology.G4, null, 100, 100, 10, 30_000), // wholly covered
            new(b, Technology.G4, null, 300, 150, 15, 5_000), // half
            new(b, Technology.G4, "Viettel", 300, 0, 0, 0), // a carrier's own layer: not in the province's figure
        ];
        var f = CoverageFigures.ByTechnology(rows).ToDictionary(x => x.Key);
        Assert.Equal(87.5, f["coverage:4G:population"].Value!.Value, 1e-9); // 35,000 of 40,000
        Assert.Equal(62.5, f["coverage:4G:area"].Value!.Value, 1e-9); // 25 of 40 km²
        Assert.Equal(1, f["coverage:4G:gaps"].Value);
        Assert.Equal(50, f["coverage:4G:least"].Value!.Value, 1e-9);
        Assert.Equal("Được phủ sóng ít nhất: Xã B", f["coverage:4G:least"].LabelVi);
    }
}

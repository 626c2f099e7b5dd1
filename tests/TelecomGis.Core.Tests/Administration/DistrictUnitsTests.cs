using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;

namespace TelecomGis.Core.Tests.Administration;

/// <summary>Districts were abolished on 1 July 2025: a district table uses the last units that carried one.</summary>
public class DistrictUnitsTests
{
    private static readonly Geometry NoBoundary = new GeometryFactory().CreatePolygon();
    private static readonly DateOnly Merged = new(2025, 6, 30);

    private static Commune Unit(string code, string? district, DateOnly from, DateOnly? to) =>
        new(code, code, AdministrativeUnitKind.Commune, district, 1000, 10, new Validity(from, to), NoBoundary);

    [Fact]
    public void TheLastDayIsTheLatestEndOfADistrictBearingUnit()
    {
        Commune[] communes =
        [
            Unit("A", "Huyện 1", new(2009, 4, 1), Merged),
            Unit("B", "Huyện 1", new(2009, 4, 1), new(2019, 12, 31)), // merged earlier, not among the last
            Unit("C", "Huyện 2", new(2020, 1, 1), Merged),
            Unit("N", null, new(2025, 7, 1), null), // the new units carry none
        ];
        var last = DistrictUnits.Last(communes)!;
        Assert.Equal(Merged, last.On);
        Assert.Equal(["A", "C"], last.Communes.Select(c => c.Code));
    }

    [Fact]
    public void WhileUnitsStillCarryADistrict_TheLatestStartDecides()
    {
        Commune[] communes =
        [
            Unit("A", "Huyện 1", new(2009, 4, 1), null),
            Unit("B", "Huyện 1", new(2009, 4, 1), new(2019, 12, 31)),
            Unit("C", "Huyện 2", new(2020, 1, 1), null),
        ];
        var last = DistrictUnits.Last(communes)!;
        Assert.Equal(new DateOnly(2020, 1, 1), last.On);
        Assert.Equal(["A", "C"], last.Communes.Select(c => c.Code));
    }

    [Fact]
    public void APlanWithoutDistrictsHasNone()
    {
        Assert.Null(DistrictUnits.Last([Unit("N", null, new(2025, 7, 1), null)]));
        Assert.Null(DistrictUnits.Last([]));
    }
}

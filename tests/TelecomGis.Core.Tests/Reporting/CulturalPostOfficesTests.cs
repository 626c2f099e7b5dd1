using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Postal;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Core.Tests.Reporting;

/// <summary>The new-rural-area criterion counts xã only: wards, townships and special zones are neither counted nor in the denominator.</summary>
public class CulturalPostOfficesTests
{
    private static readonly GeometryFactory Wgs = new(new PrecisionModel(), 4326);

    private static CommunePostalService Row(string code, AdministrativeUnitKind kind, int cultural)
    {
        var commune = new Commune(
            code,
            "Thử " + code,
            kind,
            null,
            1000,
            10,
            Validity.Since(new DateOnly(2009, 4, 1)),
            Wgs.CreatePoint(new Coordinate(107, 21))
        );
        return new CommunePostalService(
            commune,
            new PostalServiceFigures(cultural + 1, 10, 1000),
            cultural,
            new CommuneHeadquarters(commune, new Coordinate(0, 0), false),
            null,
            double.PositiveInfinity
        );
    }

    [Fact]
    public void CountsRuralCommunesOnly_AWardOrTownshipWithoutOneDoesNotLowerTheShare()
    {
        var rows = new[]
        {
            Row("X1", AdministrativeUnitKind.Commune, 1),
            Row("X2", AdministrativeUnitKind.Commune, 2),
            Row("X3", AdministrativeUnitKind.Commune, 0),
            Row("P1", AdministrativeUnitKind.Ward, 0),
            Row("P2", AdministrativeUnitKind.Ward, 1),
            Row("T1", AdministrativeUnitKind.Township, 0),
            Row("D1", AdministrativeUnitKind.SpecialZone, 0),
        };
        var count = CulturalPostOffices.Of(rows);
        Assert.Equal(new CulturalPostOffices(3, 2), count);
        Assert.Equal(200.0 / 3, count.SharePercent!.Value, 1e-9);
    }

    [Fact]
    public void Quang_Ninh_2015_shape_114_of_115()
    {
        var rows = Enumerable
            .Range(0, 115)
            .Select(i => Row($"X{i}", AdministrativeUnitKind.Commune, i == 0 ? 0 : 1))
            .Concat(Enumerable.Range(0, 61).Select(i => Row($"P{i}", AdministrativeUnitKind.Ward, 0)))
            .Concat(Enumerable.Range(0, 10).Select(i => Row($"T{i}", AdministrativeUnitKind.Township, 0)));
        Assert.Equal(new CulturalPostOffices(115, 114), CulturalPostOffices.Of(rows));
    }

    [Fact]
    public void NoRuralCommuneGivesNoShare() =>
        Assert.Null(CulturalPostOffices.Of([Row("P1", AdministrativeUnitKind.Ward, 1)]).SharePercent);
}

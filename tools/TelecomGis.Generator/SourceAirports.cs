using NetTopologySuite.Geometries;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Provinces;

namespace TelecomGis.Generator;

/// <summary>The airports of OurAirports (public domain) that lie in the province and have a runway with both ends located.</summary>
public static class SourceAirports
{
    public static IReadOnlyList<Airport> Read(string airportsDir, Geometry province) =>
        AirportSource.Read(airportsDir, a => province.Covers(a.Location));
}

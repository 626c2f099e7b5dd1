namespace TelecomGis.Storage.Bundle;

/// <summary>The file names of a bundle, as data/README.md fixes them.</summary>
public static class BundleFiles
{
    public const string Plan = "plan.json";
    public const string Province = "province.geojson";
    public const string Communes = "communes.geojson";
    public const string Zones = "zones.geojson";
    public const string PlannedPositions = "planned-positions.geojson";
    public const string RestrictedAreas = "restricted-areas.geojson";
    public const string Airports = "airports.geojson";
    public const string Runways = "runways.geojson";
    public const string Sites = "sites.geojson";
    public const string SensitivePlaces = "sensitive-places.geojson";
    public const string FiberRoutes = "fiber-routes.geojson";
    public const string UndergroundingZones = "undergrounding-zones.geojson";
    public const string PostOffices = "post-offices.geojson";
    public const string Rules = "rules.csv";

    /// <summary>The GeoJSON layers a plan is made of, in the order the plan lists them (undergrounding zones are read apart).</summary>
    public static IReadOnlyList<string> PlanLayers { get; } =
    [Province, Communes, Zones, PlannedPositions, RestrictedAreas, Airports, Runways, Sites, SensitivePlaces, FiberRoutes, PostOffices];
}

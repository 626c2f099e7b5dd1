using TelecomGis.Api.Hosting;

namespace TelecomGis.Api.Map;

/// <summary>What the web map needs from the server besides layers: its settings and the province's VN-2000 coordinates of a point.</summary>
public static class WebMapEndpoints
{
    public static void MapWebMapEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/map/settings", (CurrentPlan current, IConfiguration configuration) =>
            {
                var extent = current.Layers.Find("province")?.Extent;
                return Results.Ok(new MapSettings(
                    current.Plan.Metadata.PlanName,
                    current.Plan.Province.Name,
                    current.Plan.Province.Epsg,
                    extent is null ? null : [extent.MinX, extent.MinY, extent.MaxX, extent.MaxY],
                    configuration["Map:BasemapUrl"] is { Length: > 0 } url ? url : null,
                    configuration["Map:BasemapAttribution"]));
            })
            .WithTags("Map")
            .Produces<MapSettings>()
            .WithSummary("The map's settings: the province, its VN-2000 system, its extent and the deployment's basemap (Map:BasemapUrl), if any.");

        api.MapGet("/map/coordinates", (double lon, double lat, ProvinceFrame frames, CurrentPlan current) =>
            {
                if (!double.IsFinite(lon) || !double.IsFinite(lat) || Math.Abs(lon) > 180 || Math.Abs(lat) > 90)
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "lon must lie within −180…180 and lat within −90…90.");
                }
                var epsg = current.Plan.Province.Epsg;
                var metric = frames.For(epsg).ToMetric(lon, lat);
                // VN-2000 writes x for the northing and y for the easting (the survey convention the department's letters use).
                return Results.Ok(new ProvinceCoordinates(lon, lat, Math.Round(metric.Y, 3), Math.Round(metric.X, 3), epsg));
            })
            .WithTags("Map")
            .Produces<ProvinceCoordinates>()
            .WithSummary("A WGS 84 point in the province's VN-2000 TM-3 system: x the northing, y the easting, metres.");
    }
}

/// <param name="BasemapUrl">An XYZ template ({z}/{x}/{y}, or a WMTS KVP/REST URL in the GoogleMapsCompatible matrix set written with them); null: the plain basemap.</param>
/// <param name="Extent">The province's bounding box: minLon, minLat, maxLon, maxLat.</param>
public sealed record MapSettings(string PlanName, string ProvinceName, int Epsg, double[]? Extent, string? BasemapUrl, string? BasemapAttribution);

/// <param name="X">Northing, metres.</param>
/// <param name="Y">Easting, metres.</param>
public sealed record ProvinceCoordinates(double Lon, double Lat, double X, double Y, int Epsg);

using Microsoft.AspNetCore.Http.HttpResults;
using TelecomGis.Api.Hosting;

namespace TelecomGis.Api.Map;

/// <summary>
/// What the web map needs from the server besides layers: its settings and the province's VN-2000 coordinates of a point. Both only
/// show the current plan (a point converted for display), so they read <see cref="CurrentPlan"/> directly.
/// </summary>
public static class WebMapEndpoints
{
    public static RouteGroupBuilder MapWebMapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/map").WithTags("Map");

        api.MapGet("/settings", GetSettings)
            .WithSummary(
                "The map's settings: the province, its VN-2000 system, its extent and the deployment's basemap (Map:BasemapUrl), if any."
            );
        api.MapGet("/coordinates", GetCoordinates)
            .WithSummary("A WGS 84 point in the province's VN-2000 TM-3 system: x the northing, y the easting, metres.");
        return api;
    }

    public static Ok<MapSettings> GetSettings(CurrentPlan current, IConfiguration configuration)
    {
        var extent = current.Layers.Find("province")?.Extent;
        return TypedResults.Ok(
            new MapSettings(
                current.Plan.Metadata.PlanName,
                current.Plan.Province.Name,
                current.Plan.Province.Epsg,
                extent is null ? null : [extent.MinX, extent.MinY, extent.MaxX, extent.MaxY],
                configuration["Map:BasemapUrl"] is { Length: > 0 } url ? url : null,
                configuration["Map:BasemapAttribution"]
            )
        );
    }

    public static Results<Ok<ProvinceCoordinates>, ProblemHttpResult> GetCoordinates(
        double lon,
        double lat,
        CurrentPlan current,
        HttpRequest request
    )
    {
        if (!double.IsFinite(lon) || !double.IsFinite(lat) || Math.Abs(lon) > 180 || Math.Abs(lat) > 90)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "lon must lie within −180…180 and lat within −90…90.",
                detail: TelecomGis.Api.Appraisals.Language.PrefersEnglish(request)
                    ? "lon must lie within −180…180 and lat within −90…90."
                    : "Kinh độ (lon) phải từ −180 đến 180 và vĩ độ (lat) từ −90 đến 90."
            );
        }
        var province = current.Plan.Province;
        // Through the plan's transformation (EPSG:6960 unless it chose EPSG:5194), which the answer names.
        var (easting, northing) = Core.Geodesy.ProjectionTransform.For(province.Epsg, province.Transformation).Forward(lon, lat);
        // VN-2000 writes x for the northing and y for the easting (the survey convention the department's letters use).
        return TypedResults.Ok(
            new ProvinceCoordinates(
                lon,
                lat,
                Math.Round(northing, 3),
                Math.Round(easting, 3),
                province.Epsg,
                Core.Geodesy.Vn2000Transformations.Code(province.Transformation)
            )
        );
    }
}

/// <param name="BasemapUrl">An XYZ template ({z}/{x}/{y}, or a WMTS KVP/REST URL in the GoogleMapsCompatible matrix set written with them); null: the plain basemap.</param>
/// <param name="Extent">The province's bounding box: minLon, minLat, maxLon, maxLat.</param>
public sealed record MapSettings(
    string PlanName,
    string ProvinceName,
    int Epsg,
    double[]? Extent,
    string? BasemapUrl,
    string? BasemapAttribution
);

/// <param name="X">Northing, metres.</param>
/// <param name="Y">Easting, metres.</param>
/// <param name="Vn2000Transformation">The VN-2000 → WGS 84 transformation used: "EPSG:6960" or the plan's "EPSG:5194".</param>
public sealed record ProvinceCoordinates(double Lon, double Lat, double X, double Y, int Epsg, string Vn2000Transformation = "EPSG:6960");

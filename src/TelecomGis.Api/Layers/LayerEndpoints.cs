using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Features;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;

namespace TelecomGis.Api.Layers;

/// <summary>
/// The current plan's layers as GeoJSON: public layers for everyone, the others for signed-in callers, of fiber routes a carrier's
/// own only, military and security areas to the department's roles only (<see cref="PlanLayer.For"/>). These endpoints only show
/// the plan, so they read <see cref="CurrentPlan"/> directly rather than through a handler (see docs/ARCHITECTURE.md).
/// </summary>
public static class LayerEndpoints
{
    public static RouteGroupBuilder MapLayersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/layers").WithTags("Layers");

        api.MapGet("/", ListLayers)
            .WithSummary(
                "The plan's layers the caller may see: public ones for everyone, sites, planned positions and restricted areas when signed in (military and security areas for the department's roles only)."
            );
        api.MapGet("/{name}", GetLayer)
            .Produces(StatusCodes.Status200OK, contentType: GeoJson.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A layer as a GeoJSON FeatureCollection, optionally cut to bbox=minLon,minLat,maxLon,maxLat.");
        return api;
    }

    public static Ok<IReadOnlyList<LayerInfo>> ListLayers(ApiUser? user, CurrentPlan current) =>
        TypedResults.Ok<IReadOnlyList<LayerInfo>>([
            .. current
                .Layers.All.Where(l => l.IsPublic || user is not null)
                .Select(l => (Layer: l, Shown: l.For(user)))
                .Select(x => new LayerInfo(
                    x.Layer.Name,
                    x.Layer.Title,
                    LayerTitles.Vietnamese(x.Layer),
                    x.Layer.IsPublic,
                    x.Shown.Features.Count,
                    // A caller shown none of a layer gets the province's box: the layer's own would outline what it may not see.
                    Bbox(x.Shown.Features.Count > 0 ? x.Shown : current.Layers.Find("province") ?? x.Shown)
                )),
        ]);

    public static Results<JsonHttpResult<object>, FileContentHttpResult, UnauthorizedHttpResult, ProblemHttpResult> GetLayer(
        string name,
        string? bbox,
        ApiUser? user,
        CurrentPlan current
    )
    {
        var box = BoundingBox.Parse(bbox);
        return current.Layers.Find(name) switch
        {
            null => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No layer named '{name}'."),
            { IsPublic: false } when user is null => TypedResults.Unauthorized(),
            // A carrier sees only its own part of an owned layer (fiber routes), no caller outside the department a military or
            // security area; the department's roles see it all.
            // The whole layer is written once per view and kept (PlanLayer.GeoJsonBytes); a box cuts it afresh.
            var layer when box is null => TypedResults.Bytes(layer.For(user).GeoJsonBytes, GeoJson.ContentType),
            var layer => GeoJson.Result(GeoJson.Collection(layer.For(user).Within(box))),
        };
    }

    private static double[] Bbox(PlanLayer layer) => [layer.Extent.MinX, layer.Extent.MinY, layer.Extent.MaxX, layer.Extent.MaxY];
}

public sealed record LayerInfo(string Name, string Title, string TitleVi, bool Public, int FeatureCount, double[] Bbox);

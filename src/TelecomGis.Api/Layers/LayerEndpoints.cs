using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Features;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;

namespace TelecomGis.Api.Layers;

/// <summary>
/// The current plan's layers as GeoJSON: public layers for everyone, the others for signed-in callers. These endpoints only show
/// the plan, so they read <see cref="CurrentPlan"/> directly rather than through a handler (see docs/ARCHITECTURE.md).
/// </summary>
public static class LayerEndpoints
{
    public static RouteGroupBuilder MapLayersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/layers").WithTags("Layers");

        api.MapGet("/", ListLayers)
            .WithSummary(
                "The plan's layers the caller may see: public ones for everyone, sites, planned positions and restricted areas when signed in."
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
                .Select(l => new LayerInfo(
                    l.Name,
                    l.Title,
                    l.IsPublic,
                    l.Features.Count,
                    [l.Extent.MinX, l.Extent.MinY, l.Extent.MaxX, l.Extent.MaxY]
                )),
        ]);

    public static Results<JsonHttpResult<object>, UnauthorizedHttpResult, ProblemHttpResult> GetLayer(
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
            var layer => GeoJson.Result(Collection(layer.Within(box))),
        };
    }

    private static FeatureCollection Collection(IEnumerable<IFeature> features)
    {
        var collection = new FeatureCollection();
        foreach (var f in features)
            collection.Add(f);
        return collection;
    }
}

public sealed record LayerInfo(string Name, string Title, bool Public, int FeatureCount, double[] Bbox);

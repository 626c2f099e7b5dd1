using Microsoft.AspNetCore.Http.HttpResults;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;

namespace TelecomGis.Api.Tiles;

/// <summary>The current plan's layers as Mapbox vector tiles; they only show the plan, so they read <see cref="CurrentPlan"/> directly.</summary>
public static class TileEndpoints
{
    public const string ContentType = "application/vnd.mapbox-vector-tile";

    public static RouteHandlerBuilder MapTilesApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/tiles/{layer}/{z:int}/{x:int}/{y:int}.mvt", GetTile)
            .WithTags("Layers")
            .Produces(StatusCodes.Status200OK, contentType: ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A layer as a Mapbox Vector Tile (MVT 2.1) of the XYZ Web Mercator grid; the tile's layer has the layer's name.");

    public static Results<FileContentHttpResult, UnauthorizedHttpResult, ProblemHttpResult> GetTile(
        string layer,
        int z,
        int x,
        int y,
        ApiUser? user,
        HttpResponse response,
        CurrentPlan current,
        VectorTileRenderer renderer
    )
    {
        var tile = new TileAddress(z, x, y);
        if (!tile.IsValid)
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: $"No tile {z}/{x}/{y} in the XYZ grid (zoom 0–{TileAddress.MaxZoom})."
            );
        var planLayer = current.Layers.Find(layer);
        // The same rule as /api/layers: public layers for everyone, the others for signed-in callers only.
        if (planLayer is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No layer named '{layer}'.");
        if (!planLayer.IsPublic && user is null)
            return TypedResults.Unauthorized();
        // Public tiles may sit in shared caches; private ones only in the caller's own.
        response.Headers.CacheControl = planLayer.IsPublic ? "public, max-age=3600" : "private, max-age=3600";
        // A carrier's view of an owned layer (fiber routes), and everyone's outside the department of a layer with military or
        // security areas, is a layer of its own, so the renderer's cache, keyed by layer, never serves one carrier's tile to
        // another nor a department user's tile to a carrier.
        return TypedResults.Bytes(renderer.Render(planLayer.For(user), tile), ContentType);
    }
}

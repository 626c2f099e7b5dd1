using TelecomGis.Api.Hosting;

namespace TelecomGis.Api.Tiles;

public static class TileEndpoints
{
    public const string ContentType = "application/vnd.mapbox-vector-tile";

    public static void MapTileEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/tiles/{layer}/{z:int}/{x:int}/{y:int}.mvt", (string layer, int z, int x, int y, HttpContext context, CurrentPlan current, VectorTileRenderer renderer) =>
            {
                var tile = new TileAddress(z, x, y);
                if (!tile.IsValid) return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"No tile {z}/{x}/{y} in the XYZ grid (zoom 0–{TileAddress.MaxZoom}).");
                var planLayer = current.Layers.Find(layer);
                // The same rule as /api/layers: public layers for everyone, the others for signed-in callers only.
                if (planLayer is null) return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No layer named '{layer}'.");
                if (!planLayer.IsPublic && context.User.Identity?.IsAuthenticated != true) return Results.Unauthorized();
                // Public tiles may sit in shared caches; private ones only in the caller's own.
                context.Response.Headers.CacheControl = planLayer.IsPublic ? "public, max-age=3600" : "private, max-age=3600";
                return Results.Bytes(renderer.Render(planLayer, tile), ContentType);
            })
            .WithTags("Layers")
            .Produces(StatusCodes.Status200OK, contentType: ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A layer as a Mapbox Vector Tile (MVT 2.1) of the XYZ Web Mercator grid; the tile's layer has the layer's name.");
    }
}

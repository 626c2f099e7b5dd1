using Mediator;
using NetTopologySuite.Features;
using TelecomGis.Api.Hosting;

namespace TelecomGis.Api.Layers;

public static class LayerEndpoints
{
    public static void MapLayerEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/layers", async (HttpContext context, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(new ListLayers(context.User.Identity?.IsAuthenticated == true), ct)))
            .WithTags("Layers")
            .WithSummary("The plan's layers the caller may see: public ones for everyone, sites, planned positions and restricted areas when signed in.");

        api.MapGet("/layers/{name}", async (string name, string? bbox, HttpContext context, IMediator mediator, CancellationToken ct) =>
            {
                var answer = await mediator.Send(new GetLayer(name, BoundingBox.Parse(bbox), context.User.Identity?.IsAuthenticated == true), ct);
                return answer switch
                {
                    LayerAnswer.Found f => GeoJson.Result(f.Features),
                    LayerAnswer.SignInFirst => Results.Unauthorized(),
                    _ => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No layer named '{name}'."),
                };
            })
            .WithTags("Layers")
            .Produces(StatusCodes.Status200OK, contentType: GeoJson.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A layer as a GeoJSON FeatureCollection, optionally cut to bbox=minLon,minLat,maxLon,maxLat.");
    }
}

public sealed record LayerInfo(string Name, string Title, bool Public, int FeatureCount, double[] Bbox);

public sealed record ListLayers(bool SignedIn) : IRequest<IReadOnlyList<LayerInfo>>;

public sealed record GetLayer(string Name, NetTopologySuite.Geometries.Envelope? Bbox, bool SignedIn) : IRequest<LayerAnswer>;

public abstract record LayerAnswer
{
    public sealed record Found(FeatureCollection Features) : LayerAnswer;
    public sealed record SignInFirst : LayerAnswer;
    public sealed record NotFound : LayerAnswer;
}

public sealed class LayerHandlers(CurrentPlan current) : IRequestHandler<ListLayers, IReadOnlyList<LayerInfo>>, IRequestHandler<GetLayer, LayerAnswer>
{
    public ValueTask<IReadOnlyList<LayerInfo>> Handle(ListLayers request, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<LayerInfo>>([.. current.Layers.All.Where(l => l.IsPublic || request.SignedIn)
            .Select(l => new LayerInfo(l.Name, l.Title, l.IsPublic, l.Features.Count, [l.Extent.MinX, l.Extent.MinY, l.Extent.MaxX, l.Extent.MaxY]))]);

    public ValueTask<LayerAnswer> Handle(GetLayer request, CancellationToken cancellationToken)
    {
        var layer = current.Layers.Find(request.Name);
        LayerAnswer answer = layer switch
        {
            null => new LayerAnswer.NotFound(),
            { IsPublic: false } when !request.SignedIn => new LayerAnswer.SignInFirst(),
            _ => new LayerAnswer.Found(Collection(layer.Within(request.Bbox))),
        };
        return ValueTask.FromResult(answer);
    }

    private static FeatureCollection Collection(IEnumerable<IFeature> features)
    {
        var collection = new FeatureCollection();
        foreach (var f in features) collection.Add(f);
        return collection;
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Features;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Layers;

namespace TelecomGis.Api.Ogc;

/// <summary>
/// OGC API – Features, Part 1: Core (OGC 17-069r4) over the public layers, so QGIS, GDAL's OAPIF driver and other GIS clients read
/// them without knowing this API. Only what Part 1 asks: landing page, conformance, collections, items with limit, bbox and paging.
/// Links are absolute on <see cref="PublicBaseUrl"/>, never on the request's Host header.
/// It is an open endpoint, for anyone, signed in or not: it serves public layers only, so never the restricted areas, whose military
/// and security areas only the department's roles see (in /api/layers and /api/tiles, <see cref="Auth.ConfidentialAreaAccess"/>).
/// A public layer cannot hold a confidential feature (<see cref="PlanLayer"/> refuses it).
/// </summary>
public static class OgcEndpoints
{
    private const string Json = "application/json";

    /// <summary>OGC's member names are camelCase (conformsTo, itemType): not the API's snake_case.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions OgcJson = new(System.Text.Json.JsonSerializerDefaults.Web);
    private const int DefaultLimit = 10,
        MaxLimit = 10_000;

    public static readonly IReadOnlyList<string> ConformanceClasses =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
    ];

    public static RouteGroupBuilder MapOgcApi(this IEndpointRouteBuilder app)
    {
        var ogc = app.MapGroup("/ogc").WithTags("OGC API – Features");

        ogc.MapGet("/", LandingPage).WithSummary("Landing page.");
        ogc.MapGet("/conformance", Conformance).WithSummary("Conformance classes.");
        ogc.MapGet("/collections", Collections).WithSummary("The public layers as collections.");
        ogc.MapGet("/collections/{collectionId}", GetCollection).WithSummary("One collection.");
        ogc.MapGet("/collections/{collectionId}/items", GetItems)
            .WithSummary("Features of a collection, with limit, offset, bbox=minLon,minLat,maxLon,maxLat and a next link.");
        ogc.MapGet("/collections/{collectionId}/items/{featureId}", GetItem).WithSummary("One feature.");
        return ogc;
    }

    /// <summary>In Vietnamese unless the caller asks for English (Accept-Language: en): QGIS shows these titles to the department's staff.</summary>
    public static JsonHttpResult<object> LandingPage(PublicBaseUrl site, CurrentPlan current, HttpRequest request)
    {
        var b = site.Value;
        var en = Appraisals.Language.PrefersEnglish(request);
        string T(string vi, string english) => en ? english : vi;
        return OgcResult(
            new
            {
                title = $"TelecomGis – {current.Plan.Metadata.PlanName}",
                description = T(
                    "Các lớp công khai của quy hoạch: ranh giới tỉnh, đơn vị hành chính cấp xã, vùng quy hoạch, cảng hàng không, đường cất hạ cánh và bề mặt giới hạn chướng ngại vật, điểm phục vụ bưu chính.",
                    "Public layers of the plan: province, communes, zones, airports, runways and obstacle limitation surfaces, post offices."
                ),
                links = new[]
                {
                    Link($"{b}/ogc", "self", Json, T("Tài liệu này", "This document")),
                    Link(
                        $"{b}/openapi/v1.json",
                        "service-desc",
                        "application/vnd.oai.openapi+json;version=3.0",
                        T("Mô tả API", "The API definition")
                    ),
                    Link($"{b}/scalar/v1", "service-doc", "text/html", T("Tài liệu hướng dẫn API", "The API documentation")),
                    Link($"{b}/ogc/conformance", "conformance", Json, T("Các lớp tuân thủ", "Conformance classes")),
                    Link($"{b}/ogc/collections", "data", Json, T("Các tập đối tượng", "The feature collections")),
                },
            }
        );
    }

    public static JsonHttpResult<object> Conformance() => OgcResult(new { conformsTo = ConformanceClasses });

    public static JsonHttpResult<object> Collections(PublicBaseUrl site, CurrentPlan current, HttpRequest request)
    {
        var b = site.Value;
        var en = Appraisals.Language.PrefersEnglish(request);
        return OgcResult(
            new
            {
                links = new[] { Link($"{b}/ogc/collections", "self", Json, en ? "The collections" : "Các tập đối tượng") },
                collections = current.Layers.Public.Select(l => Collection(b, l, en)).ToList(),
            }
        );
    }

    public static Results<JsonHttpResult<object>, ProblemHttpResult> GetCollection(
        string collectionId,
        PublicBaseUrl site,
        CurrentPlan current,
        HttpRequest request
    ) =>
        Public(current, collectionId) is { } layer
            ? OgcResult(Collection(site.Value, layer, Appraisals.Language.PrefersEnglish(request)))
            : NoSuchCollection(collectionId);

    public static Results<JsonHttpResult<object>, ProblemHttpResult> GetItems(
        string collectionId,
        int? limit,
        int? offset,
        string? bbox,
        PublicBaseUrl site,
        CurrentPlan current
    )
    {
        if (Public(current, collectionId) is not { } layer)
            return NoSuchCollection(collectionId);
        var box = BoundingBox.Parse(bbox);
        var take = Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);
        var skip = Math.Max(offset ?? 0, 0);
        var matched = layer.Within(box);
        var page = new FeatureCollection();
        foreach (var f in matched.Skip(skip).Take(take))
            page.Add(f);

        var b = site.Value;
        var query = (bbox is null ? "" : $"&bbox={Uri.EscapeDataString(bbox)}");
        var links = new List<object>
        {
            Link($"{b}/ogc/collections/{layer.Name}/items?limit={take}&offset={skip}{query}", "self", GeoJson.ContentType, "This page"),
        };
        if (skip + page.Count < matched.Count)
        {
            links.Add(
                Link(
                    $"{b}/ogc/collections/{layer.Name}/items?limit={take}&offset={skip + take}{query}",
                    "next",
                    GeoJson.ContentType,
                    "Next page"
                )
            );
        }
        return GeoJson.Result(new ItemsPage(page, matched.Count, page.Count, DateTimeOffset.UtcNow, links));
    }

    public static Results<JsonHttpResult<object>, ProblemHttpResult> GetItem(string collectionId, string featureId, CurrentPlan current)
    {
        if (Public(current, collectionId) is not { } layer)
            return NoSuchCollection(collectionId);
        if (!layer.ById.TryGetValue(featureId, out var feature))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: $"No feature '{featureId}' in collection '{collectionId}'."
            );
        }
        return GeoJson.Result(feature);
    }

    private static JsonHttpResult<object> OgcResult(object value) => TypedResults.Json(value, OgcJson);

    private static PlanLayer? Public(CurrentPlan current, string id) => current.Layers.Find(id) is { IsPublic: true } l ? l : null;

    private static ProblemHttpResult NoSuchCollection(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No public collection '{id}'.");

    private static object Link(string href, string rel, string type, string title) =>
        new
        {
            href,
            rel,
            type,
            title,
        };

    private static object Collection(string b, PlanLayer layer, bool english) =>
        new
        {
            id = layer.Name,
            title = LayerTitles.For(layer, english),
            itemType = "feature",
            crs = new[] { "http://www.opengis.net/def/crs/OGC/1.3/CRS84" },
            extent = new
            {
                spatial = new
                {
                    bbox = new[] { new[] { layer.Extent.MinX, layer.Extent.MinY, layer.Extent.MaxX, layer.Extent.MaxY } },
                    crs = "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
                },
            },
            links = new[]
            {
                Link($"{b}/ogc/collections/{layer.Name}", "self", Json, LayerTitles.For(layer, english)),
                Link(
                    $"{b}/ogc/collections/{layer.Name}/items",
                    "items",
                    GeoJson.ContentType,
                    english ? $"{layer.Title}: features" : $"{LayerTitles.Vietnamese(layer)}: các đối tượng"
                ),
            },
        };
}

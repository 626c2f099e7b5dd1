using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Storage.Coverage;

/// <summary>Gap polygons as a GeoJSON FeatureCollection (RFC 7946: WGS 84 lon/lat), with area, population and communes.</summary>
public static class CoverageGapsGeoJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory(false, "id") } };

    public static void Write(Stream output, IEnumerable<CoverageGap> gaps, MetricFrame frame)
    {
        var collection = new FeatureCollection();
        foreach (var g in gaps)
        {
            var attributes = new AttributesTable
            {
                { "id", g.Id },
                { "technology", g.Technology.Label() },
                { "carrier", g.Carrier ?? "all" },
                { "cells", g.Cells },
                { "area_km2", Math.Round(g.AreaKm2, 4) },
                { "population", Math.Round(g.Population) },
                { "communes", string.Join("|", g.Communes) },
            };
            collection.Add(new Feature(frame.ToWgs84(g.Outline), attributes));
        }
        JsonSerializer.Serialize(output, collection, Options);
    }
}

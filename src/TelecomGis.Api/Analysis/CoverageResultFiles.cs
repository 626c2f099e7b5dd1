using System.Text.Json;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Coverage;

namespace TelecomGis.Api.Analysis;

/// <summary>
/// What a finished coverage run leaves in the store (job_results), written once by the instance that ran it and read by every
/// instance that answers a GET: the table per commune (exact figures, JSON), the gaps (GeoJSON) and the levels (a Cloud-Optimized
/// GeoTIFF). Nothing of the run's in-memory rasters is needed afterwards.
/// </summary>
public static class CoverageResultFiles
{
    public const string Communes = "communes.json";
    public const string Gaps = "gaps.geojson";
    public const string Raster = "coverage.tif";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Every file of the finished run, by name; the GeoTIFF is the largest part (tens of megabytes for a 100 m province run).</summary>
    public static Dictionary<string, byte[]> Write(CoverageResult result)
    {
        var frame = new MetricFrame(result.Grid.Epsg);
        var gaps = result.AllCarrierLayers.SelectMany(l => CoverageGaps.Find(result, l, frame.Factory)).ToList();
        return new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [Communes] = JsonSerializer.SerializeToUtf8Bytes(CommuneCoverage.Table(result).Select(StoredCommuneCoverage.Of), Json),
            [Gaps] = Buffered(s => CoverageGapsGeoJson.Write(s, gaps, frame)),
            [Raster] = Buffered(s => CoverageRaster.WriteLevels(s, result)),
        };
    }

    public static IReadOnlyList<StoredCommuneCoverage> ReadCommunes(byte[] json) =>
        JsonSerializer.Deserialize<List<StoredCommuneCoverage>>(json, Json) ?? [];

    /// <summary>The writers are synchronous: they write to memory, which the store then takes as one value.</summary>
    private static byte[] Buffered(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }
}

/// <summary>One row of <see cref="CommuneCoverage"/> as stored: the commune by code with the figures the views and reports need.</summary>
/// <param name="Carrier">Null: all carriers together.</param>
public sealed record StoredCommuneCoverage(
    string CommuneCode,
    string Commune,
    string Technology,
    string? Carrier,
    int Cells,
    int CoveredCells,
    double CoveredAreaKm2,
    long Population,
    double PopulationCovered
)
{
    public double AreaShare => Cells == 0 ? 0 : (double)CoveredCells / Cells;

    public double PopulationShare => Population == 0 ? 0 : PopulationCovered / Population;

    public static StoredCommuneCoverage Of(CommuneCoverage c) =>
        new(
            c.Commune.Code,
            c.Commune.FullName,
            c.Technology.Label(),
            c.Carrier,
            c.Cells,
            c.CoveredCells,
            c.CoveredAreaKm2,
            c.Commune.Population,
            c.PopulationCovered
        );

    /// <summary>The row with its commune from <paramref name="communes"/> (by code), or null when they hold no such commune.</summary>
    public CommuneCoverage? With(IReadOnlyDictionary<string, Commune> communes) =>
        communes.TryGetValue(CommuneCode, out var commune)
            ? new CommuneCoverage(commune, Technologies.Parse(Technology), Carrier, Cells, CoveredCells, CoveredAreaKm2, PopulationCovered)
            : null;
}

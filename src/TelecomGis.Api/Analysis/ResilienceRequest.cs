using System.Text.Json;
using NetTopologySuite.Geometries;
using TelecomGis.Api.Layers;
using TelecomGis.Api.Problems;

namespace TelecomGis.Api.Analysis;

/// <summary>
/// A resilience scenario (COVERAGE.md): a hazard area as a GeoJSON Polygon or MultiPolygon in WGS 84 (a bare geometry or a Feature),
/// or a list of failed site ids, against a finished coverage run (named, else the latest finished, else one computed at
/// <see cref="ResolutionM"/>). With <see cref="HazardHours"/> (how long the hazard cuts grid power), a site inside whose backup
/// power lasts that long stays on air.
/// </summary>
public sealed record ResilienceRequest(
    JsonElement? Hazard = null,
    IReadOnlyList<string>? FailedSiteIds = null,
    Guid? CoverageId = null,
    double? ResolutionM = null,
    double? HazardHours = null
)
{
    /// <summary>The hazard area: null when none was sent; a field error on <c>hazard</c> when it is not a valid polygon in longitude/latitude.</summary>
    public Geometry? HazardArea() => ReadHazard(out var hazard) is { } error ? throw new RequestValidationException([error]) : hazard;

    /// <summary>Reads the hazard area; the error, if it is not a valid polygon in longitude/latitude, names <c>hazard</c>.</summary>
    public FieldError? ReadHazard(out Geometry? hazard)
    {
        hazard = null;
        if (Hazard is not { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } element)
            return null;
        var geometryJson = element;
        if (
            element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty("type", out var type)
            && type.ValueKind == JsonValueKind.String
            && type.GetString() == "Feature"
            && element.TryGetProperty("geometry", out var inner)
        )
        {
            geometryJson = inner;
        }
        Geometry? geometry;
        try
        {
            geometry = geometryJson.Deserialize<Geometry>(GeoJson.Options);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return Invalid($"is not GeoJSON: {e.Message}", "không phải GeoJSON hợp lệ");
        }
        if (geometry is not (Polygon or MultiPolygon) || geometry.IsEmpty)
            return Invalid(
                "must be a GeoJSON Polygon or MultiPolygon (a bare geometry or a Feature)",
                "phải là một Polygon hoặc MultiPolygon GeoJSON"
            );
        if (geometry.Coordinates.Any(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y) || Math.Abs(c.X) > 180 || Math.Abs(c.Y) > 90))
            return Invalid(
                "has a position outside longitude −180…180 / latitude −90…90 (WGS 84, longitude first)",
                "có điểm nằm ngoài kinh độ/vĩ độ WGS 84"
            );
        if (!geometry.IsValid)
            return Invalid(
                "is not a valid polygon (a ring crosses itself, or is not closed)",
                "không phải đa giác hợp lệ (cạnh tự cắt hoặc vòng không khép kín)"
            );
        geometry.SRID = 4326;
        hazard = geometry;
        return null;
    }

    private static FieldError Invalid(string en, string vi) => new("hazard", $"The hazard {en}.", $"Vùng thiên tai {vi}.");
}

/// <summary>One commune losing coverage for one technology (all carriers), with the people who lose it.</summary>
public sealed record CommuneCoverageLossView(
    string CommuneCode,
    string Commune,
    string Technology,
    long Population,
    double PopulationCoveredBefore,
    double PopulationCoveredAfter,
    double PeopleLosingCoverage,
    double AreaShareBefore,
    double AreaShareAfter
);

/// <summary>
/// The answer: which run was compared, which sites failed, the communes losing coverage (most people first), and the sites inside
/// the hazard that their backup power keeps on air for its whole duration (empty without hazard_hours).
/// </summary>
public sealed record ResilienceView(
    Guid? CoverageId,
    double ResolutionM,
    IReadOnlyList<string> FailedSites,
    int Sites,
    IReadOnlyList<CommuneCoverageLossView> Communes,
    IReadOnlyList<string>? SitesOnBackupPower = null
);

using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace TelecomGis.Storage.Bundle;

/// <summary>
/// Geometry as a bundle's error messages name it in Vietnamese: the OGC type and NetTopologySuite's validity errors (whose own
/// messages are English), so that a planner fixing a layer in QGIS reads what is wrong in their language.
/// </summary>
internal static class GeometryWords
{
    public static string TypeVi(string geometryType) =>
        geometryType switch
        {
            "Point" => "điểm (Point)",
            "MultiPoint" => "tập điểm (MultiPoint)",
            "LineString" or "LinearRing" => "đường (LineString)",
            "MultiLineString" => "tập đường (MultiLineString)",
            "Polygon" => "vùng (Polygon)",
            "MultiPolygon" => "tập vùng (MultiPolygon)",
            "GeometryCollection" => "tập hình học (GeometryCollection)",
            var other => other,
        };

    /// <summary>"tự cắt tại 107.9, 21.55": what is invalid, and where, as QGIS's own check would point at it.</summary>
    public static string InvalidVi(TopologyValidationError error)
    {
        var what = error.ErrorType switch
        {
            TopologyValidationErrors.HoleOutsideShell => "lỗ nằm ngoài đường bao",
            TopologyValidationErrors.NestedHoles => "lỗ nằm trong lỗ khác",
            TopologyValidationErrors.DisconnectedInteriors => "phần trong bị tách rời",
            TopologyValidationErrors.SelfIntersection => "tự cắt",
            TopologyValidationErrors.RingSelfIntersection => "đường bao tự cắt",
            TopologyValidationErrors.NestedShells => "vùng nằm trong vùng khác của cùng đối tượng",
            TopologyValidationErrors.DuplicateRings => "hai đường bao trùng nhau",
            TopologyValidationErrors.TooFewPoints => "quá ít điểm",
            TopologyValidationErrors.InvalidCoordinate => "tọa độ không hợp lệ",
            TopologyValidationErrors.RingNotClosed => "đường bao không khép kín",
            _ => "lỗi hình học",
        };
        return error.Coordinate is { } c ? $"{what} tại {At(c)}" : what;
    }

    private static string At(Coordinate c) => string.Create(CultureInfo.InvariantCulture, $"kinh độ {c.X}, vĩ độ {c.Y}");
}

using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;
using TelecomGis.Core.Geodesy;

namespace TelecomGis.Storage.Import;

/// <summary>
/// A source geometry checked for a layer: of the layer's type (a one-part Multi* taken as its part), valid by OGC Simple
/// Features' rules, and inside Vietnam (a wrong coordinate system puts it elsewhere). Reasons in Vietnamese a GIS user says.
/// </summary>
public static class LayerGeometryCheck
{
    /// <summary>The geometry in the layer's type (a one-part Multi* taken as its part), valid, inside Vietnam; or why not.</summary>
    public static (Geometry?, (string Vi, string En)?) Conform(Geometry g, LayerGeometry expected)
    {
        if (g is GeometryCollection { NumGeometries: 1 } single && g is MultiPoint or MultiLineString or MultiPolygon)
            g = single.GetGeometryN(0);
        var fits = expected switch
        {
            LayerGeometry.Point => g is Point,
            LayerGeometry.LineString => g is LineString,
            LayerGeometry.Areal => g is Polygon or MultiPolygon,
            _ => g is Point or Polygon or MultiPolygon,
        };
        if (!fits)
        {
            var want = expected switch
            {
                LayerGeometry.Point => ("điểm", "a point"),
                LayerGeometry.LineString => ("một đường liền", "one line"),
                LayerGeometry.Areal => ("vùng", "an area"),
                _ => ("điểm hoặc vùng", "a point or an area"),
            };
            var parts = g is MultiLineString ml ? $" gồm {ml.NumGeometries} đoạn rời" : "";
            return (
                null,
                (
                    $"hình học là {KindVi(g)}{parts}, lớp này cần {want.Item1}.",
                    $"the geometry is a {g.GeometryType}, the layer needs {want.Item2}."
                )
            );
        }
        var op = new IsValidOp(g);
        if (!op.IsValid)
        {
            var c = op.ValidationError.Coordinate;
            var at = c is null ? "" : string.Create(CultureInfo.InvariantCulture, $" tại {c.X:0.######}, {c.Y:0.######}");
            return (
                null,
                (
                    $"hình học không hợp lệ ({InvalidVi(op.ValidationError.ErrorType)}){at}; sửa trong QGIS (Fix geometries) rồi nhập lại.",
                    $"the geometry is not valid ({op.ValidationError.Message}){at}."
                )
            );
        }
        var e = g.EnvelopeInternal;
        if (!VietnamExtent.Contains(e.MinX, e.MinY) || !VietnamExtent.Contains(e.MaxX, e.MaxY))
        {
            var p = g.InteriorPoint;
            var where = string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#####}, {p.Y:0.#####}");
            return (
                null,
                (
                    $"nằm ngoài lãnh thổ Việt Nam ({where}); kiểm tra hệ tọa độ của tệp (--srs).",
                    $"it lies outside Vietnam ({where}); check the file's coordinate system (--srs)."
                )
            );
        }
        return (g, null);
    }

    private static string KindVi(Geometry g) =>
        g switch
        {
            Point => "điểm",
            LineString => "đường",
            Polygon => "vùng",
            MultiPoint => "nhiều điểm",
            MultiLineString => "nhiều đường",
            MultiPolygon => "nhiều vùng",
            _ => "tập hợp hình học nhiều loại",
        };

    /// <summary>NTS's validity errors (OGC Simple Features' rules) as a GIS user says them in Vietnamese.</summary>
    private static string InvalidVi(TopologyValidationErrors error) =>
        error switch
        {
            TopologyValidationErrors.SelfIntersection => "ranh giới tự cắt",
            TopologyValidationErrors.RingSelfIntersection => "vòng ranh giới tự cắt",
            TopologyValidationErrors.HoleOutsideShell => "lỗ thủng nằm ngoài vùng",
            TopologyValidationErrors.NestedHoles => "lỗ thủng lồng nhau",
            TopologyValidationErrors.DisconnectedInteriors => "phần trong bị chia cắt",
            TopologyValidationErrors.NestedShells => "các vùng lồng vào nhau",
            TopologyValidationErrors.DuplicateRings => "vòng ranh giới trùng lặp",
            TopologyValidationErrors.TooFewPoints => "quá ít điểm",
            TopologyValidationErrors.InvalidCoordinate => "tọa độ không hợp lệ",
            TopologyValidationErrors.RingNotClosed => "vòng ranh giới không khép kín",
            _ => "lỗi hình học",
        };
}

using System.Text.RegularExpressions;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Geodesy;

namespace TelecomGis.Storage.Import;

/// <summary>
/// Finds the coordinate columns of a table (CSV, .xlsx) and reads each row's point with <see cref="CoordinateParser"/>:
/// VN-2000 X/Y with a zone column or <c>--srs</c>; longitude and latitude in decimal degrees or DMS; one column with both
/// ("Tọa độ": "21.53008, 107.97826"); or a WKT column for lines and areas. Headers are compared as the batch upload compares
/// them (<see cref="SubmissionColumns.Key"/>), so Vietnamese headers, with or without marks, and "Tọa độ VN-2000 X" under a
/// merged "Tọa độ VN-2000" cell are found.
/// </summary>
public sealed partial class TableCoordinates
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), CrsCatalog.Wgs84);

    private readonly int? _x,
        _y,
        _zone,
        _lon,
        _lat,
        _pair,
        _wkt;
    private readonly string? _zoneText;
    private readonly IReadOnlyList<string> _headers;

    private TableCoordinates(IReadOnlyList<string> headers, int? srs)
    {
        _headers = headers;
        for (var i = 0; i < headers.Count; i++)
        {
            var key = SubmissionColumns.Key(headers[i]);
            var canonical = SubmissionColumns.Canonical(headers[i]);
            if (_x is null && (canonical == "x" || XHeader().IsMatch(key)))
                _x = i;
            else if (_y is null && (canonical == "y" || YHeader().IsMatch(key)))
                _y = i;
            else if (_lon is null && (canonical == "lon" || key is "lon" or "long" or "kinh do"))
                _lon = i;
            else if (_lat is null && (canonical == "lat" || key is "vi do"))
                _lat = i;
            else if (_zone is null && canonical == "epsg")
                _zone = i;
            else if (_pair is null && key is "toa do" or "coordinates" or "vi tri toa do")
                _pair = i;
            else if (_wkt is null && key is "wkt" or "geometry" or "hinh hoc")
                _wkt = i;
        }
        _zoneText = srs?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (_x is not null && _y is not null && _zone is null && _zoneText is null)
            throw new ImportFileException(
                $"bảng có cột tọa độ VN-2000 ({headers[_x.Value]}, {headers[_y.Value]}) nhưng không có cột kinh tuyến trục: thêm cột \"Kinh tuyến trục\" hoặc dùng --srs EPSG:N.",
                $"the table has VN-2000 columns ({headers[_x.Value]}, {headers[_y.Value]}) but no central-meridian column: add one or give --srs EPSG:N."
            );
        if (!(_x is not null && _y is not null) && !(_lon is not null && _lat is not null) && _pair is null && _wkt is null)
            throw new ImportFileException(
                $"không tìm thấy cột tọa độ trong bảng (cần Kinh độ và Vĩ độ, Tọa độ X và Y (VN-2000), Tọa độ, hoặc WKT); các cột là: {string.Join(", ", headers)}.",
                $"no coordinate columns in the table (longitude and latitude, VN-2000 X and Y, a coordinates column, or WKT); the columns are: {string.Join(", ", headers)}."
            );
    }

    /// <summary>Finds the coordinate columns among <paramref name="headers"/>, or refuses the table saying what it needs.</summary>
    public static TableCoordinates Find(IReadOnlyList<string> headers, int? srs) => new(headers, srs);

    /// <summary>Which form the table uses, for the summary.</summary>
    public (string Vi, string En) Describe() =>
        _x is not null && _y is not null
            ? (
                $"tọa độ VN-2000 từ cột {_headers[_x.Value]}, {_headers[_y.Value]}"
                    + (_zone is { } z ? $", kinh tuyến trục ở cột {_headers[z]}" : $", EPSG:{_zoneText} theo --srs"),
                $"VN-2000 coordinates from {_headers[_x.Value]}, {_headers[_y.Value]}"
                    + (_zone is { } z2 ? $", zone in {_headers[z2]}" : $", EPSG:{_zoneText} from --srs")
            )
        : _lon is not null && _lat is not null
            ? (
                $"kinh độ, vĩ độ từ cột {_headers[_lon.Value]}, {_headers[_lat.Value]}",
                $"longitude, latitude from {_headers[_lon.Value]}, {_headers[_lat.Value]}"
            )
        : _pair is { } p ? ($"tọa độ từ cột {_headers[p]}", $"coordinates from {_headers[p]}")
        : ($"hình học WKT từ cột {_headers[_wkt!.Value]}", $"WKT geometry from {_headers[_wkt!.Value]}");

    /// <summary>The row's geometry in WGS 84, or the problem with the cell at fault.</summary>
    public (Geometry? Geometry, SourceProblem? Problem) Read(Func<int, string?> cell)
    {
        CoordinateParseResult result;
        if (_x is { } x && _y is { } y)
        {
            var zone = _zone is { } z ? cell(z) : null;
            if (string.IsNullOrWhiteSpace(zone))
                zone = _zoneText;
            if (zone is null)
                return (
                    null,
                    new SourceProblem(_headers[_zone!.Value], "ô kinh tuyến trục để trống.", "the central meridian cell is empty.")
                );
            result = CoordinateParser.ParseVn2000(cell(x) ?? "", cell(y) ?? "", zone);
        }
        else if (_lon is { } lon && _lat is { } lat)
            result = CoordinateParser.ParseLonLat(cell(lon) ?? "", cell(lat) ?? "");
        else if (_pair is { } pair)
            result = CoordinateParser.ParsePair(cell(pair) ?? "");
        else
            return ReadWkt(cell(_wkt!.Value));
        if (!result.IsSuccess)
        {
            // The rejection names the column ("Dòng 2, cột Kinh độ: …"), so the reason must not name the field again; where
            // no column is the field's own (a longitude inside a "Tọa độ" pair), the reason keeps the field's name.
            var error = result.Error;
            return FieldOf(error.Field) is { } column
                ? (null, new SourceProblem(column, error.ReasonVi, error.ReasonEn))
                : (null, new SourceProblem(null, error.MessageVi, error.MessageEn));
        }
        return (Wgs84.CreatePoint(new Coordinate(result.LonDeg, result.LatDeg)), null);
    }

    private (Geometry?, SourceProblem?) ReadWkt(string? text)
    {
        var header = _headers[_wkt!.Value];
        try
        {
            var g = new WKTReader(NetTopologySuite.NtsGeometryServices.Instance).Read(text ?? "");
            return (Wgs84.CreateGeometry(g), null);
        }
        catch (ParseException e)
        {
            return (
                null,
                new SourceProblem(header, "không đọc được hình học WKT (sai cú pháp WKT).", $"the WKT cannot be read: {e.Message}")
            );
        }
    }

    private string? FieldOf(CoordinateField field) =>
        field switch
        {
            CoordinateField.X => _headers[_x!.Value],
            CoordinateField.Y => _headers[_y!.Value],
            CoordinateField.Zone => _zone is { } z ? _headers[z] : "--srs",
            CoordinateField.Longitude => _lon is { } lon ? _headers[lon] : null,
            CoordinateField.Latitude => _lat is { } lat ? _headers[lat] : null,
            // The pair as a whole (outside Vietnam, swapped): both columns it was read from.
            _ => _pair is { } p ? _headers[p]
            : _x is { } x && _y is { } y ? $"{_headers[x]}, {_headers[y]}"
            : _lon is { } lo && _lat is { } la ? $"{_headers[lo]}, {_headers[la]}"
            : null,
        };

    [GeneratedRegex(@"^(toa do |td )?(vn ?2000 )?x( vn ?2000)?$")]
    private static partial Regex XHeader();

    [GeneratedRegex(@"^(toa do |td )?(vn ?2000 )?y( vn ?2000)?$")]
    private static partial Regex YHeader();
}

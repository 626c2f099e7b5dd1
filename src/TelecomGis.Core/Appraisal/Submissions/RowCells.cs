using System.Globalization;
using TelecomGis.Core.Geodesy;

namespace TelecomGis.Core.Appraisal.Submissions;

/// <summary>
/// Reading the cells carriers' sheets share, for a batch's rows (<see cref="SubmissionRowParser"/>) and a declaration's
/// (<see cref="Register.Declarations.DeclarationRowParser"/>): the location (WGS 84 longitude/latitude, else VN-2000 X/Y with
/// its zone), yes/no cells, and numbers within a sensible range. A problem comes back as its text without the column's name,
/// which each parser words its own way. Pure and thread-safe.
/// </summary>
public static class RowCells
{
    /// <summary>Longitude and latitude when either is given, else VN-2000 X/Y with the zone (epsg column).</summary>
    public static CoordinateParseResult Location(Func<string, string?> field, Vn2000Transformation transformation)
    {
        var lon = field("lon");
        var lat = field("lat");
        if (lon is not null || lat is not null)
            return CoordinateParser.ParseLonLat(lon ?? "", lat ?? "");
        return CoordinateParser.ParseVn2000(field("x") ?? "", field("y") ?? "", field("epsg") ?? "", transformation);
    }

    /// <summary>The column a coordinate problem lies in.</summary>
    public static string CoordinateColumn(CoordinateField field) =>
        field switch
        {
            CoordinateField.Longitude => "lon",
            CoordinateField.Latitude => "lat",
            CoordinateField.X => "x",
            CoordinateField.Y => "y",
            CoordinateField.Zone => "epsg",
            _ => "lon,lat",
        };

    /// <summary>A yes/no cell; blank is no. False when the text is neither.</summary>
    public static bool TryYesNo(string? text, out bool value)
    {
        value = false;
        if (text is null)
            return true;
        // Compared without diacritics, so "có", "Có" typed in NFD and "co" read alike; "x" is a ticked box in a carrier's sheet.
        // Plain ASCII letters and digits ("false", "Yes", "1") have the key of their lower case: skip the Unicode decomposition.
        var key = text.AsSpan().ContainsAnyExcept(AsciiLettersAndDigits) ? SubmissionColumns.Key(text) : text.ToLowerInvariant();
        switch (key)
        {
            case "yes" or "y" or "true" or "1" or "co" or "x":
                value = true;
                return true;
            case "no" or "n" or "false" or "0" or "khong" or "":
                return true;
            default:
                return false;
        }
    }

    /// <summary>A number written with a decimal point or comma, within [min, max]; NaN with the problem when it is not.</summary>
    public static (string Vi, string En)? Number(string text, double min, double max, out double value)
    {
        if (
            !double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value)
        )
        {
            value = double.NaN;
            return ($"không đọc được \"{text}\" thành số.", $"cannot read \"{text}\" as a number.");
        }
        if (value < min || value > max)
        {
            var (from, to) = (min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture));
            return ($"{text} nằm ngoài khoảng hợp lý từ {from} đến {to}.", $"{text} is outside the sensible range {from}…{to}.");
        }
        return null;
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits = System.Buffers.SearchValues.Create(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    );
}

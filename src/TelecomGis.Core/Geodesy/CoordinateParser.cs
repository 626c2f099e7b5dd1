using System.Globalization;
using System.Text.RegularExpressions;

namespace TelecomGis.Core.Geodesy;

/// <summary>
/// Reads the coordinate forms carriers submit (see spec/APPRAISAL.md) into WGS 84, or says in Vietnamese and English
/// which field is wrong. Rejections are results, not exceptions: a bad row never stops a batch.
/// </summary>
public static partial class CoordinateParser
{
    /// <summary>VN-2000 northings in Vietnam start near 660 000 m (6° N); eastings of a 3° zone stay within 100 000–900 000 m.</summary>
    private const double MinEastingM = 100_000,
        MaxEastingM = 900_000,
        MinSwappedNorthingM = 900_000;

    /// <summary>
    /// One angle, as in a CSV longitude or latitude column that may hold decimal degrees or DMS text.
    /// Checks syntax, the hemisphere letter against <paramref name="expected"/>, and ±90°/±180°; Vietnam's extent is a
    /// check on the pair (<see cref="ParseLonLat"/>), where swapped columns can be recognised.
    /// </summary>
    public static AngleParseResult ParseAngle(string text, Axis expected)
    {
        var field = expected == Axis.Latitude ? CoordinateField.Latitude : CoordinateField.Longitude;
        var failure = AngleNotation.Read(text, out var reading);
        if (failure != AngleFailure.None)
            return AngleParseResult.Failure(CoordinateMessages.Angle(field, failure, text));
        if (reading.LetterAxis is { } axis && axis != expected)
            return AngleParseResult.Failure(CoordinateMessages.WrongLetter(field, text));
        var limit = expected == Axis.Latitude ? 90 : 180;
        return reading.ValueDeg > limit
            ? AngleParseResult.Failure(CoordinateMessages.OutOfRange(field, reading.ValueDeg, limit))
            : AngleParseResult.Success(reading.ValueDeg, reading.Form);
    }

    /// <summary>Longitude and latitude from two fields, each in decimal degrees or DMS text.</summary>
    public static CoordinateParseResult ParseLonLat(string longitudeText, string latitudeText)
    {
        var lonFailure = AngleNotation.Read(longitudeText, out var lon);
        if (lonFailure != AngleFailure.None)
            return CoordinateParseResult.Failure(CoordinateMessages.Angle(CoordinateField.Longitude, lonFailure, longitudeText));
        var latFailure = AngleNotation.Read(latitudeText, out var lat);
        if (latFailure != AngleFailure.None)
            return CoordinateParseResult.Failure(CoordinateMessages.Angle(CoordinateField.Latitude, latFailure, latitudeText));

        var lonLetterWrong = lon.LetterAxis == Axis.Latitude;
        var latLetterWrong = lat.LetterAxis == Axis.Longitude;
        // Both letters on the wrong field: the columns are swapped, which the extent check below reports with the corrected reading.
        if (lonLetterWrong != latLetterWrong)
        {
            return CoordinateParseResult.Failure(
                lonLetterWrong
                    ? CoordinateMessages.WrongLetter(CoordinateField.Longitude, longitudeText)
                    : CoordinateMessages.WrongLetter(CoordinateField.Latitude, latitudeText)
            );
        }

        return InVietnam(lon.ValueDeg, lat.ValueDeg, Coarser(lon.Form, lat.Form));
    }

    /// <summary>
    /// Both angles in one text, as copied from a map or a letter: "21.53008, 107.97826", "21°31'48.3"N 107°58'41.7"E",
    /// "N21°31.805' E107°58.695'", "21,53008 107,97826". Hemisphere letters decide which is which; without letters the
    /// latitude comes first, the order of map applications and of written DMS.
    /// </summary>
    public static CoordinateParseResult ParsePair(string text)
    {
        var t = AngleNotation.Normalize(text);
        var readings = new List<(AngleReading First, AngleReading Second)>();
        foreach (var (cut, resume) in CandidateSplits(t))
        {
            if (
                AngleNotation.TryRead(t[..cut], out var first) == AngleFailure.None
                && AngleNotation.TryRead(t[resume..], out var second) == AngleFailure.None
            )
            {
                readings.Add((first, second));
            }
        }

        if (readings.Count == 0)
            return CoordinateParseResult.Failure(CoordinateMessages.PairUnreadable(text));
        if (readings.Count > 1)
            return CoordinateParseResult.Failure(CoordinateMessages.PairAmbiguous(text));

        var (a, b) = readings[0];
        if (a.LetterAxis is not null && a.LetterAxis == b.LetterAxis)
            return CoordinateParseResult.Failure(CoordinateMessages.PairSameAxis(text));
        var firstIsLon = a.LetterAxis == Axis.Longitude || b.LetterAxis == Axis.Latitude;
        var (lon, lat) = firstIsLon ? (a, b) : (b, a);
        return InVietnam(lon.ValueDeg, lat.ValueDeg, Coarser(lon.Form, lat.Form));
    }

    /// <summary>
    /// VN-2000 X (northing) and Y (easting) in metres with the zone as an EPSG code ("5899", "EPSG:5899") or a central
    /// meridian ("107°45'", "107-45", "107.75"), converted to WGS 84 by <see cref="ProjectionTransform"/> through the plan's
    /// <paramref name="transformation"/> (the national EPSG:6960 unless the plan chose EPSG:5194).
    /// </summary>
    public static CoordinateParseResult ParseVn2000(
        string xNorthingText,
        string yEastingText,
        string zoneText,
        Vn2000Transformation transformation = Vn2000Transformation.National6960
    )
    {
        var xOutcome = NumberNotation.TryRead(xNorthingText, out var x);
        if (xOutcome != NumberNotation.Outcome.Read)
            return CoordinateParseResult.Failure(CoordinateMessages.Number(CoordinateField.X, xOutcome, xNorthingText));
        var yOutcome = NumberNotation.TryRead(yEastingText, out var y);
        if (yOutcome != NumberNotation.Outcome.Read)
            return CoordinateParseResult.Failure(CoordinateMessages.Number(CoordinateField.Y, yOutcome, yEastingText));
        if (ReadZone(zoneText, out var crs) is { } zoneError)
            return CoordinateParseResult.Failure(zoneError);

        var transform = ProjectionTransform.For(crs.Epsg, transformation);
        if (x is >= MinEastingM and <= MaxEastingM && y >= MinSwappedNorthingM)
        {
            var (swappedLon, swappedLat) = transform.Inverse(x, y);
            return CoordinateParseResult.Failure(CoordinateMessages.SwappedXy(x, y, swappedLon, swappedLat));
        }

        var (lon, lat) = transform.Inverse(y, x);
        return VietnamExtent.Contains(lon, lat)
            ? CoordinateParseResult.Success(lon, lat, CoordinateForm.Vn2000, new Vn2000Coordinates(x, y, crs.Epsg, transformation))
            : CoordinateParseResult.Failure(CoordinateMessages.OutsideVietnam(lon, lat));
    }

    private static CoordinateParseResult InVietnam(double lonDeg, double latDeg, CoordinateForm form)
    {
        if (VietnamExtent.Contains(lonDeg, latDeg))
            return CoordinateParseResult.Success(lonDeg, latDeg, form);
        return CoordinateParseResult.Failure(
            VietnamExtent.Contains(latDeg, lonDeg)
                ? CoordinateMessages.SwappedLonLat(lonDeg, latDeg)
                : CoordinateMessages.OutsideVietnam(lonDeg, latDeg)
        );
    }

    private static CoordinateForm Coarser(CoordinateForm a, CoordinateForm b) => a > b ? a : b;

    /// <summary>
    /// Where a pair text could divide: at each run of spaces, commas or semicolons, and between a hemisphere letter and
    /// a number written against it (21°31'48.3"N107°58'41.7"E). The caller keeps the cuts where both halves read.
    /// </summary>
    private static IEnumerable<(int Cut, int Resume)> CandidateSplits(string t)
    {
        foreach (Match m in Separators().Matches(t))
        {
            if (m.Index > 0 && m.Index + m.Length < t.Length)
                yield return (m.Index, m.Index + m.Length);
        }

        for (var i = 1; i < t.Length; i++)
        {
            var letterThenNumber = AngleNotation.IsHemisphere(t[i - 1]) && char.IsAsciiDigit(t[i]);
            var numberThenLetter =
                !char.IsWhiteSpace(t[i - 1]) && !AngleNotation.IsHemisphere(t[i - 1]) && AngleNotation.IsHemisphere(t[i]);
            if (letterThenNumber || numberThenLetter)
                yield return (i, i);
        }
    }

    private static CoordinateParseError? ReadZone(string text, out ProjectedCrs crs)
    {
        crs = null!;
        var t = text.Trim();
        var code = EpsgCode().Match(t);
        if (code.Success)
        {
            var epsg = int.Parse(code.Groups["code"].Value, CultureInfo.InvariantCulture);
            return CrsCatalog.TryGet(epsg, out crs) ? null : CoordinateMessages.UnknownEpsg(epsg);
        }

        // "107-45" is how zone tables write 107°45'; "KTT" (kinh tuyến trục) sometimes prefixes it.
        var angle = DashedMeridian().Replace(KttPrefix().Replace(t, ""), "$1°$2'");
        if (AngleNotation.TryRead(AngleNotation.Normalize(angle), out var cm) != AngleFailure.None || cm.LetterAxis == Axis.Latitude)
        {
            return CoordinateMessages.ZoneUnreadable(text);
        }

        var found = CrsCatalog.ForCentralMeridian(cm.ValueDeg);
        if (found is null)
            return CoordinateMessages.UnknownCentralMeridian(cm.ValueDeg);
        crs = found;
        return null;
    }

    [GeneratedRegex(@"[\s,;]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:EPSG\s*[: ]\s*)?(?<code>[0-9]{4,6})$", RegexOptions.IgnoreCase)]
    private static partial Regex EpsgCode();

    [GeneratedRegex(@"^\s*([0-9]{2,3})\s*-\s*([0-9]{1,2})\s*$")]
    private static partial Regex DashedMeridian();

    [GeneratedRegex(@"^\s*KTT\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex KttPrefix();
}

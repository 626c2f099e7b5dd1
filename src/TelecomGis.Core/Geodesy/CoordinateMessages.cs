using System.Globalization;

namespace TelecomGis.Core.Geodesy;

/// <summary>The bilingual texts of coordinate errors: Vietnamese for the carrier's reply, English for logs and the API.</summary>
internal static class CoordinateMessages
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static (string Vi, string En) Name(CoordinateField field) =>
        field switch
        {
            CoordinateField.Longitude => ("kinh độ", "longitude"),
            CoordinateField.Latitude => ("vĩ độ", "latitude"),
            CoordinateField.X => ("tọa độ X (hướng bắc)", "X (northing)"),
            CoordinateField.Y => ("tọa độ Y (hướng đông)", "Y (easting)"),
            CoordinateField.Zone => ("múi chiếu (EPSG hoặc kinh tuyến trục)", "zone (EPSG code or central meridian)"),
            _ => ("tọa độ", "coordinates"),
        };

    private static CoordinateParseError Make(CoordinateField field, string vi, string en)
    {
        var (nameVi, nameEn) = Name(field);
        return new CoordinateParseError(field, $"Trường {nameVi}: {vi}", $"Field {nameEn}: {en}") { ReasonVi = vi, ReasonEn = en };
    }

    private static string F(double v) => v.ToString("0.#######", Inv);

    public static CoordinateParseError Angle(CoordinateField field, AngleFailure failure, string text) =>
        failure switch
        {
            AngleFailure.Empty => Make(field, "chưa nhập giá trị.", "no value given."),
            AngleFailure.MinutesOrSecondsOf60OrMore => Make(
                field,
                $"phút và giây phải nhỏ hơn 60 (\"{text}\").",
                $"minutes and seconds must be below 60 (\"{text}\")."
            ),
            AngleFailure.SouthOrWest => Make(
                field,
                $"\"{text}\" thuộc bán cầu Nam hoặc bán cầu Tây, nằm ngoài Việt Nam.",
                $"\"{text}\" is in the southern or western hemisphere, outside Vietnam."
            ),
            _ => Make(
                field,
                $"không đọc được \"{text}\" (ví dụ hợp lệ: {Examples(field)}).",
                $"cannot read \"{text}\" (valid examples: {Examples(field)})."
            ),
        };

    // The seed's Móng Cái tower written each way, its longitude with E and its latitude with N: a longitude's examples must
    // not be a latitude's, or the carrier copies a latitude into the longitude column.
    private static string Examples(CoordinateField field) =>
        field == CoordinateField.Longitude
            ? "107.97826; 107°58'41.7\"E; 107 58 41.7 E; 107°58.696'E"
            : "21.53008; 21°31'48.3\"N; 21 31 48.3 N; 21°31.805'N";

    public static CoordinateParseError WrongLetter(CoordinateField field, string text) =>
        field == CoordinateField.Latitude
            ? Make(
                field,
                $"\"{text}\" mang chữ E/W của kinh độ, không phải vĩ độ.",
                $"\"{text}\" carries a longitude's E/W letter, not a latitude's."
            )
            : Make(
                field,
                $"\"{text}\" mang chữ N/S của vĩ độ, không phải kinh độ.",
                $"\"{text}\" carries a latitude's N/S letter, not a longitude's."
            );

    public static CoordinateParseError OutOfRange(CoordinateField field, double valueDeg, double limitDeg) =>
        Make(field, $"{F(valueDeg)}° vượt quá ±{F(limitDeg)}°.", $"{F(valueDeg)}° is beyond ±{F(limitDeg)}°.");

    public static CoordinateParseError SwappedLonLat(double lonDeg, double latDeg) =>
        Make(
            CoordinateField.Coordinates,
            $"kinh độ và vĩ độ có vẻ bị đảo: kinh độ {F(lonDeg)}, vĩ độ {F(latDeg)} nằm ngoài Việt Nam; đọc lại là kinh độ {F(latDeg)}, vĩ độ {F(lonDeg)} thì điểm nằm trong Việt Nam.",
            $"longitude and latitude look swapped: longitude {F(lonDeg)}, latitude {F(latDeg)} lies outside Vietnam; read as longitude {F(latDeg)}, latitude {F(lonDeg)} it lies in Vietnam."
        ) with
        {
            SwappedReading = (latDeg, lonDeg),
        };

    public static CoordinateParseError OutsideVietnam(double lonDeg, double latDeg) =>
        Make(
            CoordinateField.Coordinates,
            $"điểm kinh độ {F(lonDeg)}, vĩ độ {F(latDeg)} nằm ngoài Việt Nam (kinh độ {F(VietnamExtent.MinLonDeg)}–{F(VietnamExtent.MaxLonDeg)}°E, vĩ độ {F(VietnamExtent.MinLatDeg)}–{F(VietnamExtent.MaxLatDeg)}°N).",
            $"the point at longitude {F(lonDeg)}, latitude {F(latDeg)} lies outside Vietnam (longitude {F(VietnamExtent.MinLonDeg)}–{F(VietnamExtent.MaxLonDeg)}°E, latitude {F(VietnamExtent.MinLatDeg)}–{F(VietnamExtent.MaxLatDeg)}°N)."
        );

    public static CoordinateParseError PairUnreadable(string text) =>
        Make(
            CoordinateField.Coordinates,
            $"không tách được \"{text}\" thành vĩ độ và kinh độ (ví dụ: 21.53008, 107.97826 hoặc 21°31'48.3\"N 107°58'41.7\"E).",
            $"cannot split \"{text}\" into a latitude and a longitude (e.g. 21.53008, 107.97826 or 21°31'48.3\"N 107°58'41.7\"E)."
        );

    public static CoordinateParseError PairAmbiguous(string text) =>
        Make(
            CoordinateField.Coordinates,
            $"\"{text}\" có thể tách theo nhiều cách; hãy ngăn hai giá trị bằng dấu chấm phẩy.",
            $"\"{text}\" splits more than one way; separate the two values with a semicolon."
        );

    public static CoordinateParseError PairSameAxis(string text) =>
        Make(
            CoordinateField.Coordinates,
            $"cả hai giá trị trong \"{text}\" cùng là vĩ độ hoặc cùng là kinh độ.",
            $"both values in \"{text}\" are latitudes, or both longitudes."
        );

    public static CoordinateParseError Number(CoordinateField field, NumberNotation.Outcome outcome, string text) =>
        outcome == NumberNotation.Outcome.Ambiguous
            ? Make(
                field,
                $"\"{text}\" không rõ dấu phân cách là phần thập phân hay phân nhóm hàng nghìn.",
                $"\"{text}\" is ambiguous: the separator could be a decimal mark or a thousands separator."
            )
            : Make(field, $"không đọc được \"{text}\" là số mét.", $"cannot read \"{text}\" as metres.");

    public static CoordinateParseError SwappedXy(double x, double y, double lonDeg, double latDeg) =>
        Make(
            CoordinateField.Coordinates,
            $"X và Y có vẻ bị đảo: X = {F(x)} giống tọa độ hướng đông, Y = {F(y)} giống tọa độ hướng bắc; đọc lại X = {F(y)}, Y = {F(x)} cho điểm kinh độ {F(lonDeg)}, vĩ độ {F(latDeg)}.",
            $"X and Y look swapped: X = {F(x)} looks like an easting and Y = {F(y)} like a northing; read as X = {F(y)}, Y = {F(x)} the point is longitude {F(lonDeg)}, latitude {F(latDeg)}."
        ) with
        {
            SwappedReading = (lonDeg, latDeg),
        };

    public static CoordinateParseError UnknownEpsg(int code) =>
        Make(
            CoordinateField.Zone,
            $"EPSG:{code} không phải hệ tọa độ VN-2000 mà hệ thống hỗ trợ ({KnownCodes()}).",
            $"EPSG:{code} is not a VN-2000 system this product knows ({KnownCodes()})."
        );

    public static CoordinateParseError UnknownCentralMeridian(double cmDeg) =>
        Make(
            CoordinateField.Zone,
            $"không có múi chiếu VN-2000 TM-3 nào có kinh tuyến trục {F(cmDeg)}° (ví dụ Quảng Ninh 107°45' = EPSG:5899).",
            $"no VN-2000 TM-3 zone has central meridian {F(cmDeg)}° (e.g. Quảng Ninh 107°45' = EPSG:5899)."
        );

    public static CoordinateParseError ZoneUnreadable(string text) =>
        Make(
            CoordinateField.Zone,
            $"không đọc được \"{text}\" (ví dụ hợp lệ: 5899; EPSG:5899; 107°45'; 107-45; 107.75).",
            $"cannot read \"{text}\" (valid examples: 5899; EPSG:5899; 107°45'; 107-45; 107.75)."
        );

    private static string KnownCodes() => "EPSG:" + string.Join(", ", CrsCatalog.All.Select(c => c.Epsg.ToString(Inv)));
}

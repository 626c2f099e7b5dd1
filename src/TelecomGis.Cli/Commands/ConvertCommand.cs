using System.CommandLine;
using System.Globalization;
using TelecomGis.Cli;
using TelecomGis.Core.Geodesy;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// <c>convert --from EPSG:4326 --to EPSG:5899</c>: reads "x,y" lines on stdin (lon,lat for EPSG:4326; easting,northing for
/// VN-2000) and writes "x,y" on stdout. A bad line is reported on stderr with its number and the rest still converted.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from")
        {
            Description = CliText.T(
                "Hệ tọa độ nguồn, ví dụ EPSG:4326 (kinh độ,vĩ độ) hoặc EPSG:5899 (tọa độ hướng đông,hướng bắc).",
                "Source system, e.g. EPSG:4326 (lon,lat) or EPSG:5899 (easting,northing)."
            ),
            DefaultValueFactory = _ => "EPSG:4326",
        };
        var to = new Option<string>("--to")
        {
            Description = CliText.T("Hệ tọa độ đích.", "Target system."),
            DefaultValueFactory = _ => "EPSG:4326",
        };
        var transformation = new Option<string>("--transformation")
        {
            Description = CliText.T(
                "Phép chuyển đổi VN-2000 → WGS 84: EPSG:6960 (bộ tham số quốc gia, Quyết định 05/2007/QĐ-BTNMT) hoặc EPSG:5194 (khối ĐBSCL 02/03, PROJ và QGIS mặc định dùng ở đồng bằng sông Cửu Long).",
                "The VN-2000 → WGS 84 transformation: EPSG:6960 (national, Decision 05/2007/QĐ-BTNMT) or EPSG:5194 (blocks DBSCL 02/03, PROJ's and QGIS's default in the Mekong delta)."
            ),
            DefaultValueFactory = _ => "EPSG:6960",
        };
        var command = new Command(
            "convert",
            CliText.T(
                "Chuyển đổi tọa độ giữa WGS 84 và VN-2000 (múi 3° và UTM), đọc từ đầu vào chuẩn, ghi ra đầu ra chuẩn.",
                "Convert coordinates between WGS 84 and VN-2000 (TM-3 and UTM zones) through stdin and stdout."
            )
        )
        {
            from,
            to,
            transformation,
        };
        command.SetAction(parse =>
            CliError.Guard(() =>
                Run(parse.GetValue(from)!, parse.GetValue(to)!, Console.In, Console.Out, Console.Error, parse.GetValue(transformation))
            )
        );
        return command;
    }

    internal static int Run(
        string fromText,
        string toText,
        TextReader input,
        TextWriter output,
        TextWriter errors,
        string? transformationText = null
    )
    {
        var fromEpsg = ParseCrs(fromText, "--from");
        var toEpsg = ParseCrs(toText, "--to");
        var datum = Vn2000Transformation.National6960;
        if (transformationText is not null && !Vn2000Transformations.TryParse(transformationText, out datum))
        {
            throw new CliError(
                $"--transformation: '{transformationText}' không hợp lệ; dùng EPSG:6960 hoặc EPSG:5194.",
                $"--transformation: '{transformationText}' is not valid; use EPSG:6960 or EPSG:5194."
            );
        }
        var usesVn2000 = fromEpsg != CrsCatalog.Wgs84 || toEpsg != CrsCatalog.Wgs84;
        if (usesVn2000)
        {
            // Say which transformation every conversion used: the same X/Y in QGIS may land 0.8 m away (docs/GEODESY.md).
            var (vi, en) = datum.Describe();
            errors.WriteLine(CliText.T($"phép chuyển đổi: {vi}", $"transformation: {en}"));
        }
        var inDeltaBlocks = 0;
        var inv = CultureInfo.InvariantCulture;
        var bad = 0;
        var lineNumber = 0;
        while (input.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
                continue;
            var parts = line.Split([',', ';', '\t', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (
                parts.Length < 2
                || !double.TryParse(parts[0], NumberStyles.Float, inv, out var x)
                || !double.TryParse(parts[1], NumberStyles.Float, inv, out var y)
                // "1e400" reads as infinity and "NaN" as not-a-number: neither is a coordinate, and neither may reach the
                // message below as the runtime's English word for it.
                || !double.IsFinite(x)
                || !double.IsFinite(y)
            )
            {
                errors.WriteLine(
                    CliText.T(
                        $"dòng {lineNumber}: cần hai số \"x,y\", nhận được \"{line}\"",
                        $"line {lineNumber}: expected \"x,y\" numbers, got \"{line}\""
                    )
                );
                bad++;
                continue;
            }
            var (lon, lat) = fromEpsg == CrsCatalog.Wgs84 ? (x, y) : ProjectionTransform.For(fromEpsg, datum).Inverse(x, y);
            if (!VietnamExtent.Contains(lon, lat))
            {
                errors.WriteLine(
                    CliText.T(
                        $"dòng {lineNumber}: {x.ToString(inv)},{y.ToString(inv)} nằm ngoài Việt Nam trong EPSG:{fromEpsg}{(fromEpsg == CrsCatalog.Wgs84 ? " (thứ tự là kinh độ,vĩ độ)" : "")}",
                        $"line {lineNumber}: {x.ToString(inv)},{y.ToString(inv)} is outside Vietnam in EPSG:{fromEpsg}{(fromEpsg == CrsCatalog.Wgs84 ? " (the order is lon,lat)" : "")}"
                    )
                );
                bad++;
                continue;
            }
            if (Vn2000Transformations.InMekongDeltaBlocks(lon, lat))
                inDeltaBlocks++;
            if (toEpsg == CrsCatalog.Wgs84)
            {
                output.WriteLine(string.Create(inv, $"{lon:0.000000000},{lat:0.000000000}"));
            }
            else
            {
                var (e, n) = ProjectionTransform.For(toEpsg, datum).Forward(lon, lat);
                output.WriteLine(string.Create(inv, $"{e:0.0000},{n:0.0000}"));
            }
        }
        if (usesVn2000 && datum == Vn2000Transformation.National6960 && inDeltaBlocks > 0)
        {
            errors.WriteLine(
                CliText.T(
                    $"lưu ý: {inDeltaBlocks} điểm nằm trong khối ĐBSCL 02/03, nơi PROJ và QGIS mặc định dùng EPSG:5194, lệch khoảng 0,8 m so với EPSG:6960; thêm --transformation EPSG:5194 để khớp với chúng",
                    $"note: {inDeltaBlocks} point(s) lie in blocks DBSCL 02/03, where PROJ and QGIS default to EPSG:5194, about 0.8 m from EPSG:6960; add --transformation EPSG:5194 to match them"
                )
            );
        }
        return bad == 0 ? 0 : 2;
    }

    private static int ParseCrs(string text, string option) =>
        CrsCatalog.TryParseCode(text, out var epsg)
            ? epsg
            : throw new CliError(
                $"{option}: không nhận ra hệ tọa độ '{text}'. Dùng EPSG:4326 hoặc một hệ VN-2000: {string.Join(", ", CrsCatalog.All.Select(c => c.Epsg))}.",
                $"{option}: unknown coordinate system '{text}'. Use EPSG:4326 or a VN-2000 system: {string.Join(", ", CrsCatalog.All.Select(c => c.Epsg))}."
            );
}

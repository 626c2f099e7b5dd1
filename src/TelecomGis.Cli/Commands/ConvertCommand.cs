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
        };
        command.SetAction(parse =>
            CliError.Guard(() => Run(parse.GetValue(from)!, parse.GetValue(to)!, Console.In, Console.Out, Console.Error))
        );
        return command;
    }

    internal static int Run(string fromText, string toText, TextReader input, TextWriter output, TextWriter errors)
    {
        var fromEpsg = ParseCrs(fromText, "--from");
        var toEpsg = ParseCrs(toText, "--to");
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
            var (lon, lat) = fromEpsg == CrsCatalog.Wgs84 ? (x, y) : ProjectionTransform.For(fromEpsg).Inverse(x, y);
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
            if (toEpsg == CrsCatalog.Wgs84)
            {
                output.WriteLine(string.Create(inv, $"{lon:0.000000000},{lat:0.000000000}"));
            }
            else
            {
                var (e, n) = ProjectionTransform.For(toEpsg).Forward(lon, lat);
                output.WriteLine(string.Create(inv, $"{e:0.0000},{n:0.0000}"));
            }
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

using System.CommandLine;
using System.Globalization;
using TelecomGis.Cli;
using TelecomGis.Core.Coverage;

namespace TelecomGis.Cli.Commands;

/// <summary>The radio options that the coverage and resilience commands share, read once into <see cref="CoverageParameters"/>.</summary>
internal sealed class CoverageOptions
{
    public Option<double> Resolution { get; } =
        new("--resolution")
        {
            Description = CliText.T("Cạnh ô lưới, mét (25–10.000).", "Cell size in metres (25–10,000)."),
            DefaultValueFactory = _ => 100,
        };
    public Option<double> MaxRadius { get; } =
        new("--max-radius-km")
        {
            Description = CliText.T(
                "Ô xa ăng-ten hơn khoảng này thì không tính cho ăng-ten đó, km.",
                "Cells farther than this from a sector are not evaluated for it, km."
            ),
            DefaultValueFactory = _ => 15,
        };
    public Option<double> Tilt { get; } =
        new("--tilt")
        {
            Description = CliText.T(
                "Góc nghiêng xuống (điện và cơ) của mọi ăng-ten, độ.",
                "Electrical plus mechanical downtilt of every sector, degrees."
            ),
            DefaultValueFactory = _ => 4,
        };
    public Option<double> Beamwidth { get; } =
        new("--beamwidth")
        {
            Description = CliText.T("Độ rộng búp sóng ngang nửa công suất, độ.", "Horizontal half-power beamwidth, degrees."),
            DefaultValueFactory = _ => 65,
        };
    public Option<double> VerticalBeamwidth { get; } =
        new("--vertical-beamwidth")
        {
            Description = CliText.T("Độ rộng búp sóng đứng nửa công suất, độ.", "Vertical half-power beamwidth, degrees."),
            DefaultValueFactory = _ => 10,
        };
    public Option<double> RxHeight { get; } =
        new("--rx-height")
        {
            Description = CliText.T("Độ cao ăng-ten máy di động, mét.", "Mobile antenna height, metres."),
            DefaultValueFactory = _ => 1.5,
        };
    public Option<string?> Thresholds { get; } =
        new("--thresholds")
        {
            Description = CliText.T(
                "Ngưỡng phủ sóng, dBm, ví dụ 2G=-95,3G=-100,4G=-105,5G=-105 (mặc định như ví dụ).",
                "Coverage thresholds in dBm, e.g. 2G=-95,3G=-100,4G=-105,5G=-105 (defaults as shown)."
            ),
        };
    public Option<double> MinGap { get; } =
        new("--min-gap-km2")
        {
            Description = CliText.T(
                "Diện tích nhỏ nhất của vùng lõm sóng được báo, km².",
                "Smallest uncovered area reported as a gap, km²."
            ),
            DefaultValueFactory = _ => 1,
        };
    public Option<DateOnly?> Date { get; } =
        new("--date")
        {
            Description = CliText.T(
                "Dùng địa giới xã, phường có hiệu lực vào ngày này (mặc định: hôm nay).",
                "Use the communes valid on this date (default: today)."
            ),
        };

    public IEnumerable<Option> All => [Resolution, MaxRadius, Tilt, Beamwidth, VerticalBeamwidth, RxHeight, Thresholds, MinGap, Date];

    public CoverageParameters Read(ParseResult parse)
    {
        var parameters = new CoverageParameters
        {
            ResolutionM = parse.GetValue(Resolution),
            MaxRadiusKm = parse.GetValue(MaxRadius),
            DowntiltDeg = parse.GetValue(Tilt),
            HorizontalBeamwidthDeg = parse.GetValue(Beamwidth),
            VerticalBeamwidthDeg = parse.GetValue(VerticalBeamwidth),
            RxHeightM = parse.GetValue(RxHeight),
            Thresholds = ParseThresholds(parse.GetValue(Thresholds)),
            MinGapAreaKm2 = parse.GetValue(MinGap),
            CommunesOn = parse.GetValue(Date) ?? DateOnly.FromDateTime(DateTime.Today),
        };
        return parameters.Problem() is var (vi, en) ? throw new CliError($"{vi}.", $"{en}.") : parameters;
    }

    private static CoverageThresholds ParseThresholds(string? text)
    {
        var t = CoverageThresholds.Default;
        if (string.IsNullOrWhiteSpace(text))
            return t;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (kv.Length != 2 || !double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var dbm))
                throw new CliError(
                    $"--thresholds: '{part}' không theo dạng CÔNG_NGHỆ=dBm (ví dụ 4G=-105).",
                    $"--thresholds: '{part}' is not TECHNOLOGY=dBm (e.g. 4G=-105)."
                );
            t = kv[0].ToUpperInvariant() switch
            {
                "2G" => t with { G2Dbm = dbm },
                "3G" => t with { G3Dbm = dbm },
                "4G" => t with { G4Dbm = dbm },
                "5G" => t with { G5Dbm = dbm },
                _ => throw new CliError(
                    $"--thresholds: không nhận ra công nghệ '{kv[0]}' (dùng 2G, 3G, 4G hoặc 5G).",
                    $"--thresholds: unknown technology '{kv[0]}' (use 2G, 3G, 4G or 5G)."
                ),
            };
        }
        return t;
    }
}

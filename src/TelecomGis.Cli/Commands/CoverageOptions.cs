using System.CommandLine;
using System.Globalization;
using TelecomGis.Core.Coverage;

namespace TelecomGis.Cli.Commands;

/// <summary>The radio options that the coverage and resilience commands share, read once into <see cref="CoverageParameters"/>.</summary>
internal sealed class CoverageOptions
{
    public Option<double> Resolution { get; } =
        new("--resolution") { Description = "Cell size in metres (25–10,000).", DefaultValueFactory = _ => 100 };
    public Option<double> MaxRadius { get; } =
        new("--max-radius-km")
        {
            Description = "Cells farther than this from a sector are not evaluated for it, km.",
            DefaultValueFactory = _ => 15,
        };
    public Option<double> Tilt { get; } =
        new("--tilt") { Description = "Electrical plus mechanical downtilt of every sector, degrees.", DefaultValueFactory = _ => 4 };
    public Option<double> Beamwidth { get; } =
        new("--beamwidth") { Description = "Horizontal half-power beamwidth, degrees.", DefaultValueFactory = _ => 65 };
    public Option<double> VerticalBeamwidth { get; } =
        new("--vertical-beamwidth") { Description = "Vertical half-power beamwidth, degrees.", DefaultValueFactory = _ => 10 };
    public Option<double> RxHeight { get; } =
        new("--rx-height") { Description = "Mobile antenna height, metres.", DefaultValueFactory = _ => 1.5 };
    public Option<string?> Thresholds { get; } =
        new("--thresholds") { Description = "Coverage thresholds in dBm, e.g. 2G=-95,3G=-100,4G=-105,5G=-105 (defaults as shown)." };
    public Option<double> MinGap { get; } =
        new("--min-gap-km2") { Description = "Smallest uncovered area reported as a gap, km².", DefaultValueFactory = _ => 1 };
    public Option<DateOnly?> Date { get; } = new("--date") { Description = "Use the communes valid on this date (default: today)." };

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
        return parameters.Problem() is { } problem ? throw new CliError($"{problem}.") : parameters;
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
                throw new CliError($"--thresholds: '{part}' is not TECHNOLOGY=dBm (e.g. 4G=-105).");
            t = kv[0].ToUpperInvariant() switch
            {
                "2G" => t with { G2Dbm = dbm },
                "3G" => t with { G3Dbm = dbm },
                "4G" => t with { G4Dbm = dbm },
                "5G" => t with { G5Dbm = dbm },
                _ => throw new CliError($"--thresholds: unknown technology '{kv[0]}' (use 2G, 3G, 4G or 5G)."),
            };
        }
        return t;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using TelecomGis.Core.Coverage;

namespace TelecomGis.Api.Analysis;

/// <summary>
/// A coverage run's parameters as its job row keeps them (JSON), so that whichever instance claims the job runs it with exactly
/// the numbers the planner sent. The thresholds are the defaults (<see cref="CoverageThresholds.Default"/>): no client sets them.
/// </summary>
public sealed record CoverageJobParameters(
    double ResolutionM,
    double MaxRadiusKm,
    double RxHeightM,
    double HorizontalBeamwidthDeg,
    double VerticalBeamwidthDeg,
    double DowntiltDeg,
    double MinGapAreaKm2,
    DateOnly CommunesOn
)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static string Write(CoverageParameters p) =>
        JsonSerializer.Serialize(
            new CoverageJobParameters(
                p.ResolutionM,
                p.MaxRadiusKm,
                p.RxHeightM,
                p.HorizontalBeamwidthDeg,
                p.VerticalBeamwidthDeg,
                p.DowntiltDeg,
                p.MinGapAreaKm2,
                p.CommunesOn
            ),
            Json
        );

    /// <summary>The parameters a job row holds; <see cref="JsonException"/> when the row is not what <see cref="Write"/> wrote.</summary>
    public static CoverageParameters Read(string json)
    {
        var p = JsonSerializer.Deserialize<CoverageJobParameters>(json, Json) ?? throw new JsonException("A job without parameters.");
        return new CoverageParameters
        {
            ResolutionM = p.ResolutionM,
            MaxRadiusKm = p.MaxRadiusKm,
            RxHeightM = p.RxHeightM,
            HorizontalBeamwidthDeg = p.HorizontalBeamwidthDeg,
            VerticalBeamwidthDeg = p.VerticalBeamwidthDeg,
            DowntiltDeg = p.DowntiltDeg,
            MinGapAreaKm2 = p.MinGapAreaKm2,
            CommunesOn = p.CommunesOn,
        };
    }
}

using TelecomGis.Api.Problems;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Fiber;
using TelecomGis.Core.Coverage.Postal;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Analysis;

/// <summary>What a client may set for a coverage run; anything left out takes <see cref="CoverageParameters"/>' default.</summary>
public sealed record CoverageRequest(
    double? ResolutionM = null,
    double? MaxRadiusKm = null,
    double? DowntiltDeg = null,
    double? HorizontalBeamwidthDeg = null,
    double? VerticalBeamwidthDeg = null,
    double? RxHeightM = null,
    double? MinGapAreaKm2 = null,
    DateOnly? CommunesOn = null
) : IValidated
{
    /// <summary>
    /// Each field the client set, checked alone against the core's limits (<see cref="CoverageParameters.Problem"/>): every number
    /// must be finite and within its range, so a 400 names each field at fault.
    /// </summary>
    public IEnumerable<FieldError> Validate()
    {
        // The date only picks the communes; no limit reads it.
        var d = new CoverageParameters { CommunesOn = default };
        (string Field, CoverageParameters Alone)[] fields =
        [
            ("resolution_m", d with { ResolutionM = ResolutionM ?? d.ResolutionM }),
            ("max_radius_km", d with { MaxRadiusKm = MaxRadiusKm ?? d.MaxRadiusKm }),
            ("rx_height_m", d with { RxHeightM = RxHeightM ?? d.RxHeightM }),
            ("horizontal_beamwidth_deg", d with { HorizontalBeamwidthDeg = HorizontalBeamwidthDeg ?? d.HorizontalBeamwidthDeg }),
            ("vertical_beamwidth_deg", d with { VerticalBeamwidthDeg = VerticalBeamwidthDeg ?? d.VerticalBeamwidthDeg }),
            ("downtilt_deg", d with { DowntiltDeg = DowntiltDeg ?? d.DowntiltDeg }),
            ("min_gap_area_km2", d with { MinGapAreaKm2 = MinGapAreaKm2 ?? d.MinGapAreaKm2 }),
        ];
        foreach (var (field, alone) in fields)
        {
            if (alone.Problem() is var (vi, en))
                yield return new FieldError(field, $"The {en}.", $"{char.ToUpperInvariant(vi[0])}{vi[1..]}.");
        }
    }

    public CoverageParameters ToParameters(DateOnly today)
    {
        var d = new CoverageParameters { CommunesOn = CommunesOn ?? today };
        return d with
        {
            ResolutionM = ResolutionM ?? d.ResolutionM,
            MaxRadiusKm = MaxRadiusKm ?? d.MaxRadiusKm,
            DowntiltDeg = DowntiltDeg ?? d.DowntiltDeg,
            HorizontalBeamwidthDeg = HorizontalBeamwidthDeg ?? d.HorizontalBeamwidthDeg,
            VerticalBeamwidthDeg = VerticalBeamwidthDeg ?? d.VerticalBeamwidthDeg,
            RxHeightM = RxHeightM ?? d.RxHeightM,
            MinGapAreaKm2 = MinGapAreaKm2 ?? d.MinGapAreaKm2,
        };
    }
}

/// <param name="Error">Why a failed run has no result, in Vietnamese (the map shows it under the state): a sentence, never the
/// exception's own message ("Index was outside the bounds of the array."), which stays in the store and the log for the operator.</param>
/// <param name="ErrorEn">The same in English.</param>
public sealed record CoverageJobView(
    Guid Id,
    CoverageJobState State,
    int RowsDone,
    int Rows,
    double Progress,
    string? Error,
    string? ErrorEn,
    IReadOnlyDictionary<string, string> Links
)
{
    public const string FailedVi = "Lượt tính vùng phủ này bị lỗi, không có kết quả; hãy chạy lại.";

    public const string FailedEn = "This coverage run failed and has no result; run it again.";

    public static CoverageJobView Of(StoredJob job)
    {
        var self = $"/api/analysis/coverage/{job.Id}";
        var links = new Dictionary<string, string> { ["self"] = self };
        var state = StateOf(job);
        if (state == CoverageJobState.Finished)
        {
            links["communes"] = self + "/communes";
            links["gaps"] = self + "/gaps";
            links["geotiff"] = self + "/coverage.tif";
        }
        return new CoverageJobView(
            job.Id,
            state,
            job.RowsDone,
            job.Rows,
            job.Rows == 0 ? 1 : Math.Clamp((double)job.RowsDone / job.Rows, 0, 1),
            state == CoverageJobState.Failed ? FailedVi : null,
            state == CoverageJobState.Failed ? FailedEn : null,
            links
        );
    }

    /// <summary>A queued run shows as running (<see cref="CoverageJobState"/>).</summary>
    public static CoverageJobState StateOf(StoredJob job) =>
        job.State switch
        {
            JobState.Finished => CoverageJobState.Finished,
            JobState.Failed => CoverageJobState.Failed,
            JobState.Cancelled => CoverageJobState.Cancelled,
            _ => CoverageJobState.Running,
        };
}

public sealed record CommuneCoverageView(
    string CommuneCode,
    string Commune,
    string Technology,
    string Carrier,
    int Cells,
    int CoveredCells,
    double AreaShare,
    double CoveredAreaKm2,
    long Population,
    double PopulationCovered,
    double PopulationShare
)
{
    public static CommuneCoverageView Of(StoredCommuneCoverage c) =>
        new(
            c.CommuneCode,
            c.Commune,
            c.Technology,
            c.Carrier ?? "all",
            c.Cells,
            c.CoveredCells,
            Math.Round(c.AreaShare, 4),
            Math.Round(c.CoveredAreaKm2, 3),
            c.Population,
            Math.Round(c.PopulationCovered),
            Math.Round(c.PopulationShare, 4)
        );
}

public sealed record CommunePostalView(
    string CommuneCode,
    string Commune,
    int Points,
    int CulturalPostOffices,
    double AreaKm2,
    long Population,
    double? ServiceRadiusKm,
    double? PeoplePerPoint,
    string HeadquartersFrom,
    string? NearestPoint,
    double? NearestPointM
)
{
    public static CommunePostalView Of(CommunePostalService c) =>
        new(
            c.Commune.Code,
            c.Commune.FullName,
            c.Figures.Points,
            c.CulturalPostOffices,
            c.Figures.AreaKm2,
            c.Figures.Population,
            Finite(c.Figures.ServiceRadiusKm, 3),
            Finite(c.Figures.PeoplePerPoint, 0),
            c.Headquarters.Source,
            c.NearestPointId,
            Finite(c.NearestPointDistanceM, 1)
        );

    internal static double? Finite(double v, int digits) => double.IsFinite(v) ? Math.Round(v, digits) : null;
}

public sealed record CommuneFiberView(
    string CommuneCode,
    string Commune,
    string HeadquartersFrom,
    string? NearestRoute,
    double? DistanceM,
    bool Reached
)
{
    public static CommuneFiberView Of(CommuneFiberReach r) =>
        new(
            r.Headquarters.Commune.Code,
            r.Headquarters.Commune.FullName,
            r.Headquarters.Source,
            r.NearestRouteId,
            CommunePostalView.Finite(r.DistanceM, 1),
            r.Reached
        );
}

public sealed record FiberLengthView(string? District, string Owner, string Laying, int Routes, double LengthKm)
{
    public static FiberLengthView Of(FiberLength f) =>
        new(
            f.District,
            f.Owner,
            f.Laying == TelecomGis.Core.Infrastructure.Laying.Aerial ? "aerial" : "underground",
            f.Routes,
            Math.Round(f.LengthKm, 3)
        );
}

using Mediator;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Coverage.Fiber;
using TelecomGis.Core.Coverage.Postal;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Api.Analysis;

/// <summary>Postal service per commune on the current plan, with the communes valid on <see cref="Date"/> (today when null).</summary>
public sealed record PostalService(DateOnly? Date) : IRequest<IReadOnlyList<CommunePostalView>>;

/// <summary>Fiber kilometres and each commune's reach on the current plan.</summary>
/// <param name="ReachM">The distance within which a headquarters counts as reached; <see cref="FiberAnalysis.DefaultReachThresholdM"/> when null.</param>
public sealed record FiberReach(DateOnly? Date, double? ReachM) : IRequest<FiberReachView>, IValidated
{
    /// <summary>The largest reach threshold asked for: a commune headquarters 100 km from fiber is not "reached" in any plan.</summary>
    public const double MaxReachM = 100_000;

    public IEnumerable<FieldError> Validate()
    {
        if (ReachM is { } m && !(m > 0 && m <= MaxReachM))
        {
            yield return new FieldError(
                "reach_m",
                $"The reach threshold {m} m is outside 0–{MaxReachM:0} m (above 0).",
                $"Ngưỡng khoảng cách tới cáp quang {m} m nằm ngoài khoảng cho phép (lớn hơn 0 đến {MaxReachM:0} m)."
            );
        }
    }
}

/// <summary>Kilometres per owner and laying, then per district; each commune's distance to the nearest route.</summary>
public sealed record FiberReachView(IReadOnlyList<FiberLengthView> Lengths, IReadOnlyList<CommuneFiberView> Communes);

public sealed class ServiceReachHandlers(CurrentPlan current, TimeProvider clock)
    : IRequestHandler<PostalService, IReadOnlyList<CommunePostalView>>,
        IRequestHandler<FiberReach, FiberReachView>
{
    public ValueTask<IReadOnlyList<CommunePostalView>> Handle(PostalService request, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<CommunePostalView>>([
            .. PostalAnalysis.Run(IndexOn(request.Date)).Communes.Select(CommunePostalView.Of),
        ]);

    public ValueTask<FiberReachView> Handle(FiberReach request, CancellationToken cancellationToken)
    {
        // Undergrounding zones are a bundle file the stores do not import; the CLI's `fiber` command lists them.
        var report = FiberAnalysis.Run(IndexOn(request.Date), [], request.ReachM ?? FiberAnalysis.DefaultReachThresholdM);
        return ValueTask.FromResult(
            new FiberReachView(
                [.. report.ByOwnerAndLaying.Concat(report.ByDistrict).Select(FiberLengthView.Of)],
                [.. report.Reach.Select(CommuneFiberView.Of)]
            )
        );
    }

    // Today's communes are the engine's own index, already projected; another day's are indexed for this request.
    private PlanIndex IndexOn(DateOnly? date)
    {
        var day = date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return day == current.Engine.Index.CommunesValidOn ? current.Engine.Index : new PlanIndex(current.Plan, day);
    }
}

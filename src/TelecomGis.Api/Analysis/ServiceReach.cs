using Mediator;
using TelecomGis.Api.Hosting;
using TelecomGis.Core.Coverage.Fiber;
using TelecomGis.Core.Coverage.Postal;

namespace TelecomGis.Api.Analysis;

/// <summary>Postal service per commune on the current plan, with the communes valid on <see cref="Date"/> (today when null).</summary>
public sealed record PostalService(DateOnly? Date) : IRequest<IReadOnlyList<CommunePostalView>>;

/// <summary>Fiber kilometres and each commune's reach on the current plan.</summary>
/// <param name="ReachM">The distance within which a headquarters counts as reached; <see cref="FiberAnalysis.DefaultReachThresholdM"/> when null.</param>
public sealed record FiberReach(DateOnly? Date, double? ReachM) : IRequest<FiberReachView>;

/// <summary>Kilometres per owner and laying, then per district; each commune's distance to the nearest route.</summary>
public sealed record FiberReachView(IReadOnlyList<FiberLengthView> Lengths, IReadOnlyList<CommuneFiberView> Communes);

public sealed class ServiceReachHandlers(CurrentPlan current, TimeProvider clock)
    : IRequestHandler<PostalService, IReadOnlyList<CommunePostalView>>, IRequestHandler<FiberReach, FiberReachView>
{
    public ValueTask<IReadOnlyList<CommunePostalView>> Handle(PostalService request, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<CommunePostalView>>(
            [.. PostalAnalysis.Run(current.Plan, request.Date ?? Today()).Communes.Select(CommunePostalView.Of)]);

    public ValueTask<FiberReachView> Handle(FiberReach request, CancellationToken cancellationToken)
    {
        // Undergrounding zones are a bundle file the stores do not import; the CLI's `fiber` command lists them.
        var report = FiberAnalysis.Run(current.Plan, [], request.Date ?? Today(), request.ReachM ?? FiberAnalysis.DefaultReachThresholdM);
        return ValueTask.FromResult(new FiberReachView(
            [.. report.ByOwnerAndLaying.Concat(report.ByDistrict).Select(FiberLengthView.Of)], [.. report.Reach.Select(CommuneFiberView.Of)]));
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}

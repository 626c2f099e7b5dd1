using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Analysis;

/// <summary>
/// Queues a coverage run on the current plan's sites in the store, where any instance's <see cref="CoverageWorker"/> claims it; its
/// parameters are checked before it is queued. Every other request reads the store, so it is answered by any instance.
/// </summary>
public sealed record StartCoverage(CoverageRequest Request, ApiUser User) : IRequest<CoverageJobView>, IValidated
{
    public IEnumerable<FieldError> Validate() => Request.Validate();
}

/// <summary>A run's state and progress.</summary>
public sealed record FindCoverageRun(Guid Id) : IRequest<CoverageJobView>;

/// <summary>Asks a run to stop; a queued run ends cancelled at once, a running one when its instance next renews its lease.</summary>
public sealed record CancelCoverageRun(Guid Id) : IRequest<CoverageJobView>;

/// <summary>A finished run's table per commune, technology and carrier.</summary>
public sealed record CoverageCommunes(Guid Id) : IRequest<IReadOnlyList<CommuneCoverageView>>;

/// <summary>A finished run's uncovered areas as GeoJSON (UTF-8 bytes).</summary>
public sealed record CoverageGapsFile(Guid Id) : IRequest<byte[]>;

/// <summary>A finished run's best-server levels as a GeoTIFF.</summary>
public sealed record CoverageRasterFile(Guid Id) : IRequest<byte[]>;

public sealed class CoverageRunHandlers(CoverageJobs jobs, CurrentPlan current, IAppraisalStore caller, TimeProvider clock)
    : IRequestHandler<StartCoverage, CoverageJobView>,
        IRequestHandler<FindCoverageRun, CoverageJobView>,
        IRequestHandler<CancelCoverageRun, CoverageJobView>,
        IRequestHandler<CoverageCommunes, IReadOnlyList<CommuneCoverageView>>,
        IRequestHandler<CoverageGapsFile, byte[]>,
        IRequestHandler<CoverageRasterFile, byte[]>
{
    public async ValueTask<CoverageJobView> Handle(StartCoverage request, CancellationToken cancellationToken)
    {
        var parameters = request.Request.ToParameters(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        return CoverageJobView.Of(await jobs.StartAsync(current, parameters, request.User.UserId, cancellationToken));
    }

    public async ValueTask<CoverageJobView> Handle(FindCoverageRun request, CancellationToken cancellationToken) =>
        CoverageJobView.Of(await jobs.GetAsync(request.Id, caller, cancellationToken));

    public async ValueTask<CoverageJobView> Handle(CancelCoverageRun request, CancellationToken cancellationToken) =>
        CoverageJobView.Of(await jobs.CancelAsync(request.Id, caller, cancellationToken));

    public async ValueTask<IReadOnlyList<CommuneCoverageView>> Handle(CoverageCommunes request, CancellationToken cancellationToken) =>
        [
            .. CoverageResultFiles
                .ReadCommunes(await jobs.ResultAsync(request.Id, CoverageResultFiles.Communes, caller, cancellationToken))
                .Select(CommuneCoverageView.Of),
        ];

    public async ValueTask<byte[]> Handle(CoverageGapsFile request, CancellationToken cancellationToken) =>
        await jobs.ResultAsync(request.Id, CoverageResultFiles.Gaps, caller, cancellationToken);

    public async ValueTask<byte[]> Handle(CoverageRasterFile request, CancellationToken cancellationToken) =>
        await jobs.ResultAsync(request.Id, CoverageResultFiles.Raster, caller, cancellationToken);
}

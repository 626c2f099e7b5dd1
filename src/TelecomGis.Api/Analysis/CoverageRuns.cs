using Mediator;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Coverage;

namespace TelecomGis.Api.Analysis;

/// <summary>Starts a coverage run on the current plan's sites in the background; its parameters are checked before it starts.</summary>
public sealed record StartCoverage(CoverageRequest Request) : IRequest<CoverageJobView>, IValidated
{
    public IEnumerable<FieldError> Validate() => Request.Validate();
}

/// <summary>A run's state and progress.</summary>
public sealed record FindCoverageRun(Guid Id) : IRequest<CoverageJobView>;

/// <summary>Asks a run to stop; it ends cancelled once its rows notice.</summary>
public sealed record CancelCoverageRun(Guid Id) : IRequest<CoverageJobView>;

/// <summary>A finished run's table per commune, technology and carrier.</summary>
public sealed record CoverageCommunes(Guid Id) : IRequest<IReadOnlyList<CommuneCoverageView>>;

/// <summary>A finished run's uncovered areas as GeoJSON (UTF-8 bytes).</summary>
public sealed record CoverageGapsFile(Guid Id) : IRequest<byte[]>;

/// <summary>A finished run's best-server levels as a GeoTIFF.</summary>
public sealed record CoverageRasterFile(Guid Id) : IRequest<byte[]>;

public sealed class CoverageRunHandlers(CoverageJobs jobs, CurrentPlan current, TimeProvider clock)
    : IRequestHandler<StartCoverage, CoverageJobView>,
        IRequestHandler<FindCoverageRun, CoverageJobView>,
        IRequestHandler<CancelCoverageRun, CoverageJobView>,
        IRequestHandler<CoverageCommunes, IReadOnlyList<CommuneCoverageView>>,
        IRequestHandler<CoverageGapsFile, byte[]>,
        IRequestHandler<CoverageRasterFile, byte[]>
{
    public ValueTask<CoverageJobView> Handle(StartCoverage request, CancellationToken cancellationToken)
    {
        var parameters = request.Request.ToParameters(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        return ValueTask.FromResult(CoverageJobView.Of(jobs.Start(current.Plan, parameters)));
    }

    public ValueTask<CoverageJobView> Handle(FindCoverageRun request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CoverageJobView.Of(jobs.Get(request.Id)));

    public ValueTask<CoverageJobView> Handle(CancelCoverageRun request, CancellationToken cancellationToken)
    {
        var job = jobs.Get(request.Id);
        job.Cancellation.Cancel();
        return ValueTask.FromResult(CoverageJobView.Of(job));
    }

    public ValueTask<IReadOnlyList<CommuneCoverageView>> Handle(CoverageCommunes request, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<CommuneCoverageView>>([
            .. CommuneCoverage.Table(jobs.GetFinished(request.Id).Result).Select(CommuneCoverageView.Of),
        ]);

    public ValueTask<byte[]> Handle(CoverageGapsFile request, CancellationToken cancellationToken)
    {
        var (_, result) = jobs.GetFinished(request.Id);
        var frame = new MetricFrame(result.Grid.Epsg);
        var gaps = result.AllCarrierLayers.SelectMany(l => CoverageGaps.Find(result, l, frame.Factory)).ToList();
        return ValueTask.FromResult(Buffered(s => CoverageGapsGeoJson.Write(s, gaps, frame)));
    }

    public ValueTask<byte[]> Handle(CoverageRasterFile request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Buffered(s => CoverageRaster.WriteLevels(s, jobs.GetFinished(request.Id).Result)));

    /// <summary>The writers are synchronous, which Kestrel's response stream refuses: they write to memory first.</summary>
    private static byte[] Buffered(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }
}

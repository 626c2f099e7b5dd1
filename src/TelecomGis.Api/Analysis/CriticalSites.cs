using System.Text;
using Mediator;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Coverage.Resilience;

namespace TelecomGis.Api.Analysis;

/// <summary>The current plan's critical sites with their backup power, as a file to hand to the storm plan (issue 11, item 7).</summary>
/// <param name="Format">csv (the default) or geojson.</param>
public sealed record CriticalSitesFile(string? Format) : IRequest<CriticalSitesDownload>;

public sealed record CriticalSitesDownload(byte[] Content, string ContentType, string FileName);

public sealed class CriticalSitesFileHandler(CurrentPlan current) : IRequestHandler<CriticalSitesFile, CriticalSitesDownload>
{
    public ValueTask<CriticalSitesDownload> Handle(CriticalSitesFile request, CancellationToken cancellationToken)
    {
        var list = CriticalSiteList.Of(current.Plan.Sites);
        var download = (request.Format?.Trim().ToLowerInvariant() ?? "csv") switch
        {
            "csv" or "" => new CriticalSitesDownload(Encoding.UTF8.GetBytes(CriticalSiteList.Csv(list)), "text/csv", "critical-sites.csv"),
            "geojson" => new CriticalSitesDownload(
                Encoding.UTF8.GetBytes(CriticalSiteList.GeoJson(list)),
                "application/geo+json",
                "critical-sites.geojson"
            ),
            var other => throw RequestValidationException.For(
                "format",
                $"format must be csv or geojson, not '{other}'.",
                $"Định dạng (format) phải là csv hoặc geojson, không phải '{other}'."
            ),
        };
        return ValueTask.FromResult(download);
    }
}

using System.Text;
using Mediator;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Coverage.Resilience;

namespace TelecomGis.Api.Analysis;

/// <summary>The current plan's critical sites with their backup power, as a file to hand to the storm plan (issue 11, item 7).</summary>
/// <param name="Format">csv (the default) or geojson.</param>
/// <param name="English">The CSV's headers and yes/no in English (Accept-Language); Vietnamese otherwise. GeoJSON keys are the same.</param>
public sealed record CriticalSitesFile(string? Format, bool English = false) : IRequest<CriticalSitesDownload>;

public sealed record CriticalSitesDownload(byte[] Content, string ContentType, string FileName);

public sealed class CriticalSitesFileHandler(CurrentPlan current) : IRequestHandler<CriticalSitesFile, CriticalSitesDownload>
{
    public ValueTask<CriticalSitesDownload> Handle(CriticalSitesFile request, CancellationToken cancellationToken)
    {
        var list = CriticalSiteList.Of(current.Plan.Sites);
        var download = (request.Format?.Trim().ToLowerInvariant() ?? "csv") switch
        {
            // With a byte order mark: Excel reads the Vietnamese as UTF-8 only with one.
            "csv" or "" => new CriticalSitesDownload(
                [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(CriticalSiteList.Csv(list, vietnamese: !request.English))],
                "text/csv; charset=utf-8",
                request.English ? "critical-sites.csv" : "danh-sach-tram-trong-yeu.csv"
            ),
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

namespace TelecomGis.Api.Hosting;

/// <summary>
/// How large a request body may be. Kestrel's default (30 MB) let any JSON route buffer 30 MB per request; a site, a decision or
/// a key is a few hundred bytes, so every route gets <see cref="DefaultBodyBytes"/> unless it names a larger limit of its own (a
/// batch file, a zipped plan, a hazard polygon).
/// </summary>
public static class RequestLimits
{
    /// <summary>1 MiB: a thousand times the largest site or decision the API reads.</summary>
    public const long DefaultBodyBytes = 1024 * 1024;

    /// <summary>8 MiB: a storm track or flood polygon digitised at survey detail (tens of thousands of vertices).</summary>
    public const long HazardBodyBytes = 8 * 1024 * 1024;
}

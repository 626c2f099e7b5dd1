namespace TelecomGis.Api.Hosting;

/// <summary>
/// The headers every answer carries so that a browser treats the service as what it is (OWASP Secure Headers Project):
/// no content sniffing, no referrer sent elsewhere, never framed by another site, a Content-Security-Policy on the map that
/// allows only its own scripts, styles and connections (plus the deployment's basemap tiles, Map:BasemapUrl), and
/// <c>Cache-Control: no-store</c> on answers to a signed-in caller, which hold one carrier's or the department's data and
/// must not stay in a shared or browser cache. The Server header is switched off in Kestrel's options.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The map's policy. Styles may be inline: OpenLayers positions its overlays with style attributes.</summary>
    public static string MapPolicy(string? basemapUrl) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + $"img-src 'self' data: blob:{BasemapOrigin(basemapUrl)}; connect-src 'self'; worker-src 'self' blob:; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>API answers are data, never a page: nothing loads from them and nothing frames them.</summary>
    public const string DataPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static void UseSecurityHeaders(this WebApplication app, string? basemapUrl)
    {
        var mapPolicy = MapPolicy(basemapUrl);
        app.Use(
            (context, next) =>
            {
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    headers.XContentTypeOptions = "nosniff";
                    headers["Referrer-Policy"] = "no-referrer";
                    headers.XFrameOptions = "DENY";
                    var path = context.Request.Path;
                    var html = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
                    // Scalar's API reference page runs inline scripts of its own; it only gets the framing rule.
                    if (path.StartsWithSegments("/scalar"))
                        headers.ContentSecurityPolicy = "frame-ancestors 'none'";
                    else
                        headers.ContentSecurityPolicy = html ? mapPolicy : DataPolicy;
                    var signedIn = context.Request.Headers.Authorization.Count > 0 || context.Request.Headers.ContainsKey("X-Api-Key");
                    if (signedIn)
                        headers.CacheControl = "no-store";
                    return Task.CompletedTask;
                });
                return next(context);
            }
        );
    }

    // "https://{a-c}.tiles.example/{z}/{x}/{y}.png" is allowed as "https://*.tiles.example".
    private static string BasemapOrigin(string? url)
    {
        var m = url is null ? null : System.Text.RegularExpressions.Regex.Match(url, @"^(?<scheme>https?)://(?<host>[^/?#]+)");
        if (m is not { Success: true })
            return "";
        var host = System.Text.RegularExpressions.Regex.Replace(m.Groups["host"].Value, @"^\{[^}]*\}", "*");
        return host.Contains('{', StringComparison.Ordinal) ? "" : $" {m.Groups["scheme"].Value}://{host}";
    }
}

using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// Behind a balancer every request arrives from the balancer's address, so the failed-key limit would count every client as
/// one. The addresses named in Api:KnownProxies (e.g. "127.0.0.1" for nginx on the same machine) are trusted to say who the
/// client was in X-Forwarded-For (and the scheme in X-Forwarded-Proto); from anyone else those headers are ignored, so a
/// client cannot escape the limit by writing its own.
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "Api:KnownProxies";

    /// <summary>The configured proxies: a comma-separated list or an array of IP addresses; none by default.</summary>
    /// <exception cref="InvalidOperationException">An entry is not an IP address (the service refuses to start).</exception>
    public static IReadOnlyList<IPAddress> Parse(IConfiguration configuration)
    {
        var section = configuration.GetSection(Setting);
        var entries = section.Value is { } list ? list.Split(',') : section.GetChildren().Select(c => c.Value ?? "").ToArray();
        var addresses = new List<IPAddress>();
        foreach (var entry in entries.Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            addresses.Add(
                IPAddress.TryParse(entry, out var address)
                    ? address
                    : throw new InvalidOperationException($"{Setting}: '{entry}' is not an IP address.")
            );
        }
        return addresses;
    }

    /// <summary>Reads X-Forwarded-For/-Proto from the known proxies only, one hop (the balancer in front of this instance).</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app, IReadOnlyList<IPAddress> proxies)
    {
        if (proxies.Count == 0)
            return app;
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        // The framework trusts loopback by default; only the configured addresses are trusted here.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
            options.KnownProxies.Add(proxy);
        return app.UseForwardedHeaders(options);
    }
}

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// The service's own address, for the absolute links it writes (OGC API – Features, the OpenAPI document's server): the configured
/// <c>Api:PublicUrl</c> (the address clients use, e.g. "https://gis.sotttt.quangninh.gov.vn/telecomgis" behind a reverse proxy),
/// else the first address Kestrel bound (a wildcard bind named by the machine's host name). Never the request's Host header,
/// which any client sets: links built from it would point wherever an attacker or a misrouted proxy said. Thread-safe.
/// </summary>
public sealed class PublicBaseUrl(Uri? configured, IServer server)
{
    private string? _bound;

    /// <summary>Without a trailing slash: "https://gis.example.vn/telecomgis", "http://127.0.0.1:5080".</summary>
    public string Value => configured is { } c ? c.AbsoluteUri.TrimEnd('/') : _bound ??= Bound();

    /// <summary>Reads <c>Api:PublicUrl</c>: null when unset; an absolute http(s) URL without query or fragment, else the service does not start.</summary>
    public static Uri? Parse(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
            return null;
        if (
            Uri.TryCreate(setting.Trim(), UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && uri.Query.Length == 0
            && uri.Fragment.Length == 0
            && uri.UserInfo.Length == 0
        )
            return uri;
        throw new InvalidOperationException(
            $"Api:PublicUrl '{setting}' is not an absolute http(s) URL without query: set it to the address clients use."
        );
    }

    private string Bound()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? ApiHost.DefaultUrl;
        // "http://0.0.0.0:5080", "http://[::]:5080", "http://+:5080", "http://*:5080": any interface; name the machine instead.
        var wildcard = System.Text.RegularExpressions.Regex.Match(address, @"^(?<scheme>https?)://(0\.0\.0\.0|\[::\]|\+|\*)(?<rest>.*)$");
        if (wildcard.Success)
            address = $"{wildcard.Groups["scheme"].Value}://{System.Net.Dns.GetHostName()}{wildcard.Groups["rest"].Value}";
        return address.TrimEnd('/');
    }
}

using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Mvc;
using TelecomGis.Api.Appraisals;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Auth;

/// <summary>
/// Bounds guessing of API keys: each client (remote address; an IPv6 client by its /64, which one subscriber holds) may present
/// <see cref="Limit"/> unknown keys per <see cref="Window"/> (configuration <c>Auth:FailedKeyLimit</c>, default 10, and
/// <c>Auth:FailedKeyWindowSeconds</c>, default 60), its window starting at its first failure. Past that, every request of that
/// client that carries a key is answered 429 with Retry-After until the window ends, before the key is looked at, so a right key
/// cannot be told from a wrong one while blocked; requests without a key, and other clients, are not affected.
/// The failures are counted in the store (<see cref="IKeyStore.CountFailedKeyAsync"/>), shared by every instance on it (issue 14:
/// counted per instance, N instances allowed N times the tries). Only failures touch the store: each instance remembers the
/// clients it found over the limit, so a request with a key costs no store read, and an instance learns of a block made elsewhere
/// at that client's next failure on it: across N instances a client gets at most <see cref="Limit"/> + N − 1 tries per window.
/// Thread-safe. Behind a reverse proxy the remote address must be the client's (forwarded headers), else all share one window.
/// </summary>
public sealed class FailedKeyLimit(IConfiguration configuration, IKeyStore store, TimeProvider clock)
{
    /// <summary>Clients over the limit as this instance knows them, until when.</summary>
    private readonly ConcurrentDictionary<IPAddress, DateTimeOffset> _blocked = new();

    /// <summary>Unknown keys a client may present per window.</summary>
    public int Limit { get; } = Checked(configuration).Limit;

    public TimeSpan Window { get; } = Checked(configuration).Window;

    private static (int Limit, TimeSpan Window) Checked(IConfiguration configuration)
    {
        var limit = configuration.GetValue("Auth:FailedKeyLimit", 10);
        var window = TimeSpan.FromSeconds(configuration.GetValue("Auth:FailedKeyWindowSeconds", 60.0));
        if (limit < 1 || window <= TimeSpan.Zero)
            throw new InvalidOperationException("Auth:FailedKeyLimit must be at least 1 and Auth:FailedKeyWindowSeconds above 0.");
        return (limit, window);
    }

    /// <summary>Counts one unknown key against the caller's client in the store; past the limit, blocks it here until its window ends.</summary>
    public async Task RecordFailureAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var client = Client(context);
        var (failures, windowStart) = await store.CountFailedKeyAsync(client.ToString(), clock.GetUtcNow(), Window, cancellationToken);
        if (failures >= Limit)
            _blocked[client] = windowStart + Window;
        // Clients whose block ended and who never came back: dropped now and then, so many guessing addresses cannot pile up.
        if (_blocked.Count > 1024)
        {
            var now = clock.GetUtcNow();
            foreach (var (blocked, until) in _blocked)
            {
                if (until <= now)
                    _blocked.TryRemove(new KeyValuePair<IPAddress, DateTimeOffset>(blocked, until));
            }
        }
    }

    /// <summary>Whether the caller's client has used up its failures for this window; if so, how long until it may try again.</summary>
    public bool IsBlocked(HttpContext context, out TimeSpan retryAfter)
    {
        var client = Client(context);
        retryAfter = TimeSpan.Zero;
        if (!_blocked.TryGetValue(client, out var until))
            return false;
        var left = until - clock.GetUtcNow();
        if (left <= TimeSpan.Zero)
        {
            _blocked.TryRemove(new KeyValuePair<IPAddress, DateTimeOffset>(client, until));
            return false;
        }
        retryAfter = left;
        return true;
    }

    /// <summary>The client a failure counts against: the IPv4 address, or an IPv6 address's /64.</summary>
    public static IPAddress Client(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress ?? IPAddress.None;
        if (address.IsIPv4MappedToIPv6)
            return address.MapToIPv4();
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
            return address;
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }
}

/// <summary>Answers 429 to a request that carries a key from a client past its <see cref="FailedKeyLimit"/>, before authentication.</summary>
public static class FailedKeyLimitMiddleware
{
    public static IApplicationBuilder UseFailedKeyLimit(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                var limit = context.RequestServices.GetRequiredService<FailedKeyLimit>();
                if (ApiKeyAuthentication.KeyOf(context.Request) is null || !limit.IsBlocked(context, out var retryAfter))
                {
                    await next(context);
                    return;
                }
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var english = Language.PrefersEnglish(context.Request);
                var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(
                    new ProblemDetailsContext
                    {
                        HttpContext = context,
                        ProblemDetails = new ProblemDetails
                        {
                            Status = StatusCodes.Status429TooManyRequests,
                            Title = "Too many unknown API keys from this address.",
                            Detail = english
                                ? $"More than {limit.Limit} unknown keys within {limit.Window.TotalSeconds:0} s; try again in {seconds} s."
                                : $"Quá {limit.Limit} khóa API không hợp lệ trong {limit.Window.TotalSeconds:0} giây; thử lại sau {seconds} giây.",
                            Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                        },
                    }
                );
            }
        );
}

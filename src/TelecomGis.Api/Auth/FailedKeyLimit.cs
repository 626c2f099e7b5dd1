using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using TelecomGis.Api.Appraisals;

namespace TelecomGis.Api.Auth;

/// <summary>
/// Bounds guessing of API keys: each client (remote address; an IPv6 client by its /64, which one subscriber holds) may present
/// <see cref="Limit"/> unknown keys per <see cref="Window"/> (configuration <c>Auth:FailedKeyLimit</c>, default 10, and
/// <c>Auth:FailedKeyWindowSeconds</c>, default 60). Past that, every request of that client that carries a key is answered 429
/// with Retry-After until the window ends, before the key is looked at, so a right key cannot be told from a wrong one while
/// blocked; requests without a key, and other clients, are not affected. A fixed window per client from
/// System.Threading.RateLimiting counts the failures; idle clients' windows are dropped by the partitioned limiter.
/// Thread-safe. Behind a reverse proxy the remote address must be the client's (forwarded headers), else all share one window.
/// </summary>
public sealed class FailedKeyLimit : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> _failures;

    public FailedKeyLimit(IConfiguration configuration)
    {
        Limit = configuration.GetValue("Auth:FailedKeyLimit", 10);
        Window = TimeSpan.FromSeconds(configuration.GetValue("Auth:FailedKeyWindowSeconds", 60.0));
        if (Limit < 1 || Window <= TimeSpan.Zero)
            throw new InvalidOperationException("Auth:FailedKeyLimit must be at least 1 and Auth:FailedKeyWindowSeconds above 0.");
        _failures = PartitionedRateLimiter.Create<IPAddress, IPAddress>(client =>
            RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Limit,
                Window = Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            })
        );
    }

    /// <summary>Unknown keys a client may present per window.</summary>
    public int Limit { get; }

    public TimeSpan Window { get; }

    /// <summary>Counts one unknown key against the caller's client.</summary>
    public void RecordFailure(HttpContext context)
    {
        using var _ = _failures.AttemptAcquire(Client(context));
    }

    /// <summary>Whether the caller's client has used up its failures for this window; if so, how long until it may try again.</summary>
    public bool IsBlocked(HttpContext context, out TimeSpan retryAfter)
    {
        // Zero permits: asks whether any are left without taking one.
        using var lease = _failures.AttemptAcquire(Client(context), 0);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Window;
        return !lease.IsAcquired;
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

    public void Dispose() => _failures.Dispose();
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

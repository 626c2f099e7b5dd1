using System.Globalization;

namespace TelecomGis.Api.Analysis;

/// <summary>
/// How long, and how many, finished coverage results <see cref="CoverageJobs"/> keeps in memory (issue 14: two 25 m runs took the
/// process from 651 MB to 10 GB and never gave it back). A result is released <see cref="KeepFor"/> after it was last computed
/// or served from the cache; beyond <see cref="MaxResults"/> results or <see cref="MaxBytes"/> of rasters the oldest go first, but
/// the newest is always kept, so a run larger than the budget can still be read until the next one finishes.
/// </summary>
/// <remarks>Configuration section <c>Coverage</c>: <c>KeepFinishedMinutes</c> (30), <c>MaxFinishedRuns</c> (8),
/// <c>MaxResultMegabytes</c> (2048).</remarks>
public sealed record CoverageRetention
{
    public TimeSpan KeepFor { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Finished results kept at most (runs and the runs a resilience scenario computed).</summary>
    public int MaxResults { get; init; } = 8;

    /// <summary>The memory budget of the kept results' rasters, bytes (estimated from their grids and layers).</summary>
    public long MaxBytes { get; init; } = 2048L * 1024 * 1024;

    /// <summary>Reads the <c>Coverage</c> section; a value that is not a positive number stops the service at start-up, naming it.</summary>
    public static CoverageRetention From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Coverage");
        var d = new CoverageRetention();
        return new CoverageRetention
        {
            KeepFor = TimeSpan.FromMinutes(Positive(section, "KeepFinishedMinutes", d.KeepFor.TotalMinutes)),
            MaxResults = (int)Positive(section, "MaxFinishedRuns", d.MaxResults),
            MaxBytes = (long)(Positive(section, "MaxResultMegabytes", d.MaxBytes / (1024.0 * 1024)) * 1024 * 1024),
        };
    }

    private static double Positive(IConfigurationSection section, string key, double fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
            return fallback;
        return
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value)
            && value >= 1
            && value <= int.MaxValue
            ? value
            : throw new InvalidOperationException($"Coverage:{key} must be a number from 1 up, not '{text}'.");
    }
}

using System.Globalization;

namespace TelecomGis.Api.Analysis;

/// <summary>
/// How an instance works the coverage queue in the store (<see cref="CoverageWorker"/>): how many runs at once, how long a claim
/// holds without being renewed (a killed instance's run is taken over by another this long after its last renewal), how many
/// times a run is tried before it is given up as one that kills its instance, and how often an idle instance looks for work.
/// </summary>
/// <remarks>Configuration section <c>Coverage</c>: <c>ConcurrentRuns</c> (2; 0: this instance runs none and only answers),
/// <c>LeaseSeconds</c> (30), <c>MaxAttempts</c> (3), <c>PollMilliseconds</c> (1000).</remarks>
public sealed record CoverageWorkerOptions
{
    public int ConcurrentRuns { get; init; } = 2;

    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxAttempts { get; init; } = 3;

    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often a running job's progress is written and its lease renewed: a third of the lease, so two renewals may fail, and at
    /// least every two seconds, so that the progress a user watches moves (one small update a renewal).
    /// </summary>
    public TimeSpan Renewal => Lease / 3 < TimeSpan.FromSeconds(2) ? Lease / 3 : TimeSpan.FromSeconds(2);

    /// <summary>Reads the <c>Coverage</c> section; a value out of range stops the service at start-up, naming it.</summary>
    public static CoverageWorkerOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Coverage");
        var d = new CoverageWorkerOptions();
        return new CoverageWorkerOptions
        {
            ConcurrentRuns = (int)Number(section, "ConcurrentRuns", d.ConcurrentRuns, 0, 64),
            Lease = TimeSpan.FromSeconds(Number(section, "LeaseSeconds", d.Lease.TotalSeconds, 1, 3600)),
            MaxAttempts = (int)Number(section, "MaxAttempts", d.MaxAttempts, 1, 100),
            Poll = TimeSpan.FromMilliseconds(Number(section, "PollMilliseconds", d.Poll.TotalMilliseconds, 50, 60_000)),
        };
    }

    private static double Number(IConfigurationSection section, string key, double fallback, double min, double max)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
            return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"Coverage:{key} must be a number from {min} to {max}, not '{text}'.")
            );
    }
}

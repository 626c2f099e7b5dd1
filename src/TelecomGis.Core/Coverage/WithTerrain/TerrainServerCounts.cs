using TelecomGis.Core.Coverage.Propagation.Itm;

namespace TelecomGis.Core.Coverage.WithTerrain;

/// <summary>A terrain run's per-server tallies: evaluations, those outside validity, ITM warnings and fallbacks by reason; added to from many rows at once.</summary>
internal sealed class TerrainServerCounts(int servers)
{
    private readonly long[] _evaluations = new long[servers];
    private readonly long[] _outside = new long[servers];
    private readonly int[] _warnings = new int[servers];
    private readonly string?[] _fallbackNotes = new string?[servers];
    private readonly long[] _fallbacks = new long[servers * 4];

    public void Add(int server, long evaluations, long outside, ItmWarnings warnings, string? fallbackNote, ReadOnlySpan<long> fallbacks)
    {
        Interlocked.Add(ref _evaluations[server], evaluations);
        if (outside > 0)
            Interlocked.Add(ref _outside[server], outside);
        if (warnings != ItmWarnings.None)
            Interlocked.Or(ref _warnings[server], (int)warnings);
        if (fallbackNote is not null)
            Interlocked.CompareExchange(ref _fallbackNotes[server], fallbackNote, null);
        for (var r = 1; r < 4; r++)
        {
            if (fallbacks[r] > 0)
                Interlocked.Add(ref _fallbacks[server * 4 + r], fallbacks[r]);
        }
    }

    public long FallbackOf(int server) => _fallbacks[server * 4 + 1] + _fallbacks[server * 4 + 2] + _fallbacks[server * 4 + 3];

    public long FallbackTotal(TerrainFallbackReason reason)
    {
        long total = 0;
        for (var s = 0; s < _evaluations.Length; s++)
            total += _fallbacks[s * 4 + (int)reason];
        return total;
    }

    /// <summary>
    /// Per server: evaluations, those outside validity, and one note: the fallback model's, else the first of the ITM's warnings
    /// in NTIA's order (one phrase, so that the run's summary groups sectors into a few kinds rather than every combination).
    /// </summary>
    public ValidityCount[] Validity()
    {
        var validity = new ValidityCount[_evaluations.Length];
        for (var s = 0; s < validity.Length; s++)
        {
            var warnings = (ItmWarnings)_warnings[s];
            var note =
                _fallbackNotes[s] is { } fallback ? "empirical fallback: " + fallback
                : warnings != ItmWarnings.None ? "ITM: " + warnings.Describe()[0]
                : null;
            validity[s] = new ValidityCount(s, _evaluations[s], _outside[s], note);
        }
        return validity;
    }
}

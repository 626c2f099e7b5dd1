namespace TelecomGis.Core.Planning;

/// <summary>
/// The plan's thresholds, each with its citation. Provinces differ and several national figures are unconfirmed,
/// so no regulation's number lives in code: rules read them from here.
/// </summary>
public sealed class RuleTable
{
    private readonly Dictionary<string, RuleParameter> _byKey;

    public RuleTable(IEnumerable<RuleParameter> parameters)
    {
        Parameters = [.. parameters];
        _byKey = new Dictionary<string, RuleParameter>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in Parameters)
        {
            if (!_byKey.TryAdd(p.Key, p))
                throw new ArgumentException($"The rule table has '{p.Key}' twice.", nameof(parameters));
        }
    }

    public IReadOnlyList<RuleParameter> Parameters { get; }

    /// <summary>The parameter, or an exception naming the missing key: a plan without it cannot be appraised against.</summary>
    public RuleParameter Get(string ruleId, string name) =>
        _byKey.TryGetValue($"{ruleId}.{name}", out var p)
            ? p
            : throw new KeyNotFoundException($"The plan's rule table has no '{ruleId}.{name}'.");

    public double Value(string ruleId, string name) => Get(ruleId, name).Value;

    public bool TryGet(string ruleId, string name, out RuleParameter parameter) => _byKey.TryGetValue($"{ruleId}.{name}", out parameter!);
}

namespace TelecomGis.Core.Planning;

/// <summary>
/// The plan's thresholds, each with its citation. Provinces differ and several national figures are unconfirmed,
/// so no regulation's number lives in code: rules read them from here.
/// </summary>
public sealed class RuleTable
{
    private readonly Dictionary<string, RuleParameter> _byKey;

    /// <summary>
    /// The same parameters by rule and name, looked up without joining the two into a new string: the rules ask a dozen times a
    /// site, and the joined key's allocation and longer hash were a twentieth of an appraisal (issue 14, item 5).
    /// </summary>
    private readonly Dictionary<(string RuleId, string Name), RuleParameter> _byRuleAndName = new(PairComparer.Instance);

    /// <summary>
    /// The lookups the rules make with their literal names, by the strings' identity: no hashing of the text at all. Only
    /// interned strings (literals) are kept, so names built per call (a class and a zone joined) cannot grow it.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string RuleId, string Name), RuleParameter> _byLiteral = new(
        IdentityComparer.Instance
    );

    public RuleTable(IEnumerable<RuleParameter> parameters)
    {
        Parameters = [.. parameters];
        _byKey = new Dictionary<string, RuleParameter>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in Parameters)
        {
            if (!_byKey.TryAdd(p.Key, p))
                throw new ArgumentException($"The rule table has '{p.Key}' twice.", nameof(parameters));
            _byRuleAndName.TryAdd((p.RuleId, p.Name), p);
        }
    }

    public IReadOnlyList<RuleParameter> Parameters { get; }

    /// <summary>The parameter, or an exception naming the missing key: a plan without it cannot be appraised against.</summary>
    public RuleParameter Get(string ruleId, string name) =>
        TryGet(ruleId, name, out var p) ? p : throw new KeyNotFoundException($"The plan's rule table has no '{ruleId}.{name}'.");

    public double Value(string ruleId, string name) => Get(ruleId, name).Value;

    /// <summary>By rule and name; the joined key "rule.name" as before when they split it elsewhere (a dot in the rule's id).</summary>
    public bool TryGet(string ruleId, string name, out RuleParameter parameter)
    {
        if (ruleId is not null && name is not null && _byLiteral.TryGetValue((ruleId, name), out parameter!))
            return true;
        if (!_byRuleAndName.TryGetValue((ruleId!, name!), out parameter!) && !_byKey.TryGetValue($"{ruleId}.{name}", out parameter!))
            return false;
        if (
            ruleId is not null
            && name is not null
            && string.IsInterned(ruleId) == (object)ruleId
            && string.IsInterned(name) == (object)name
        )
            _byLiteral.TryAdd((ruleId, name), parameter);
        return true;
    }

    private sealed class IdentityComparer : IEqualityComparer<(string RuleId, string Name)>
    {
        public static readonly IdentityComparer Instance = new();

        public bool Equals((string RuleId, string Name) a, (string RuleId, string Name) b) =>
            ReferenceEquals(a.RuleId, b.RuleId) && ReferenceEquals(a.Name, b.Name);

        /// <summary>
        /// From the lengths and a few characters, not <c>RuntimeHelpers.GetHashCode</c>: an object's identity hash is written into
        /// its header the first time it is asked for, a slow path that a name built per call took on every lookup. Equal text with
        /// another identity lands in the same bucket and is told apart by <see cref="Equals"/>.
        /// </summary>
        public int GetHashCode((string RuleId, string Name) key) => HashCode.Combine(Shape(key.RuleId), Shape(key.Name));

        private static int Shape(string s) => s.Length == 0 ? 0 : (s.Length << 16) ^ (s[0] << 8) ^ s[^1] ^ (s[s.Length / 2] << 20);
    }

    private sealed class PairComparer : IEqualityComparer<(string RuleId, string Name)>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals((string RuleId, string Name) a, (string RuleId, string Name) b) =>
            string.Equals(a.RuleId, b.RuleId, StringComparison.OrdinalIgnoreCase)
            && string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string RuleId, string Name) key) =>
            HashCode.Combine(
                key.RuleId is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(key.RuleId),
                key.Name is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(key.Name)
            );
    }
}

using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Appraisal.Conformity;

/// <summary>
/// An existing structure held against one plan version: the rules it breaks (empty when it conforms), each with its deadline.
/// </summary>
/// <param name="Judged">False when the structure lies outside the plan's province: nothing of the plan applies to it.</param>
public sealed record StructureConformity(Site Structure, bool Judged, IReadOnlyList<Nonconformity> Failures)
{
    public string SiteId => Structure.Id;

    public bool Conforms => Judged && Failures.Count == 0;

    /// <summary>The earliest deadline among its failures, if any.</summary>
    public DateOnly? EarliestDeadline => Failures.Where(f => f.Deadline is not null).Select(f => (DateOnly?)f.Deadline!.Date).Min();
}

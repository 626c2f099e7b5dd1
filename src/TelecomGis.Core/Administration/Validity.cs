namespace TelecomGis.Core.Administration;

/// <summary>
/// The dates an administrative unit existed, inclusive; open-ended when <see cref="To"/> is null.
/// Communes merged on 1 July 2025 end on 30 June 2025, so old and new units coexist in one dataset.
/// </summary>
public readonly record struct Validity(DateOnly From, DateOnly? To)
{
    public bool Contains(DateOnly date) => date >= From && (To is null || date <= To.Value);

    public static Validity Since(DateOnly from) => new(from, null);
}

using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Register;

/// <summary>
/// One carrier's equipment of one technology on a structure: one BTS as the departments count them ("2,952 BTS on about 1,300
/// positions" counts installations per technology, Hải Dương's report). Immutable.
/// </summary>
/// <param name="Carrier">The carrier whose equipment it is (it may be a tenant on another carrier's structure).</param>
/// <param name="SectorCount">How many sectors (antenna directions) it serves.</param>
/// <param name="BandsMhz">The bands it transmits in, MHz, ascending.</param>
/// <param name="Antennas">The sectors' azimuths and powers when known (imported sites carry them; a declaration gives counts only).</param>
public sealed record Installation(
    string Carrier,
    Technology Technology,
    int SectorCount,
    IReadOnlyList<double> BandsMhz,
    IReadOnlyList<Sector> Antennas
)
{
    /// <summary>The same installation? Carrier, technology, sector count and bands compared, antennas not (a declaration has none).</summary>
    public bool SameAs(Installation other) =>
        string.Equals(Carrier, other.Carrier, StringComparison.OrdinalIgnoreCase)
        && Technology == other.Technology
        && SectorCount == other.SectorCount
        && BandsMhz.SequenceEqual(other.BandsMhz);
}

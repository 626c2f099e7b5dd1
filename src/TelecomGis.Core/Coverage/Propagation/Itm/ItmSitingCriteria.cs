namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>How carefully a terminal was sited (area mode only): it raises the effective height (Algorithm, Eq. 3.2).</summary>
public enum ItmSitingCriteria
{
    /// <summary>Random siting: effective height = structural height.</summary>
    Random = 0,

    /// <summary>Careful siting (on high ground, B = 4).</summary>
    Careful = 1,

    /// <summary>Very careful siting (B = 9).</summary>
    VeryCareful = 2,
}

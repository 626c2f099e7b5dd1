namespace TelecomGis.Core.Administration;

/// <summary>
/// The last commune-level units that carried a district (huyện), and the day they were valid on. Districts were abolished on
/// 1 July 2025, so a table per district is drawn on the units of the last day they existed:
/// the latest end of validity among district-bearing communes, or, while some still carry a district (an open-ended validity),
/// the latest day one of them began.
/// </summary>
/// <param name="On">The day: 30 June 2025 for the Quảng Ninh bundle.</param>
/// <param name="Communes">The district-bearing communes valid on that day, in the order given.</param>
public sealed record DistrictUnits(DateOnly On, IReadOnlyList<Commune> Communes)
{
    /// <summary>The last units with a district among <paramref name="communes"/>, or null when none ever carried one.</summary>
    public static DistrictUnits? Last(IEnumerable<Commune> communes)
    {
        var withDistrict = communes.Where(c => c.DistrictName is not null).ToList();
        if (withDistrict.Count == 0)
            return null;
        var on = withDistrict.Max(c => c.Validity.To ?? DateOnly.MaxValue);
        if (on == DateOnly.MaxValue)
            on = withDistrict.Max(c => c.Validity.From);
        return new DistrictUnits(on, [.. withDistrict.Where(c => c.Validity.Contains(on))]);
    }
}

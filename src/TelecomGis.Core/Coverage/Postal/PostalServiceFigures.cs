namespace TelecomGis.Core.Coverage.Postal;

/// <summary>
/// The published yardsticks of postal service for an area (Ministry of Information and Communications' postal statistics):
/// average service radius r = √(area / (π · points)), the radius of a circle whose area is each point's share of the territory,
/// and people per point. Hải Dương: 294 points over 1,668 km² give 1.34 km.
/// </summary>
/// <param name="Points">Service points of every kind.</param>
/// <param name="AreaKm2">Published area, km².</param>
/// <param name="Population">Inhabitants.</param>
public readonly record struct PostalServiceFigures(int Points, double AreaKm2, long Population)
{
    /// <summary>Average service radius, km; infinite when there is no point.</summary>
    public double ServiceRadiusKm => Points == 0 ? double.PositiveInfinity : Math.Sqrt(AreaKm2 / (Math.PI * Points));

    /// <summary>People per point; infinite when there is no point.</summary>
    public double PeoplePerPoint => Points == 0 ? double.PositiveInfinity : (double)Population / Points;

    public static PostalServiceFigures operator +(PostalServiceFigures a, PostalServiceFigures b) =>
        new(a.Points + b.Points, a.AreaKm2 + b.AreaKm2, a.Population + b.Population);
}

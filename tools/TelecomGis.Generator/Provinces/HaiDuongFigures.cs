namespace TelecomGis.Generator.Provinces;

/// <summary>
/// The former Hải Dương province's published telecom and postal figures, as the seed's specification cites them (shared/spec:
/// GLOSSARY.md "vị trí trạm", COVERAGE.md "Postal service" and "Fiber"): the yardsticks the synthetic Hải Phòng and Vĩnh Long layers
/// are calibrated to. The report itself is not in the repository; the people per point are on Hải Dương's 2017 population.
/// </summary>
public static class HaiDuongFigures
{
    /// <summary>BTS counted per technology (a 2G, a 3G and a 4G radio on one structure are three).</summary>
    public const int Bts = 2952;

    /// <summary>The structures (vị trí trạm) carrying them: "about 1,300".</summary>
    public const int Structures = 1300;

    public const int PostalPoints = 294;

    /// <summary>Average service radius, km: √(area / (π · points)).</summary>
    public const double ServiceRadiusKm = 1.34;

    /// <summary>People per postal point on the 2017 population.</summary>
    public const int PeoplePerPoint = 6110;

    /// <summary>The 2017 population the report divides: 294 × 6,110 ≈ 1.796 million (COVERAGE.md: "1.8 M people").</summary>
    public const long Population2017 = (long)PostalPoints * PeoplePerPoint;

    public const double FiberKm = 4508;

    /// <summary>"More than 1,000 routes".</summary>
    public const int FiberRoutes = 1040;

    /// <summary>The former province's published area, km² (the 64 units of 2025 it became add up to 1,668.29).</summary>
    public const double AreaKm2 = 1668.29;
}

using System.Globalization;

namespace TelecomGis.Core.Tests.Geodesy;

/// <summary>One row of Fixtures/cs2cs_vn2000.csv, written by tools/oracle/cs2cs-fixtures.sh from PROJ's cs2cs.</summary>
public sealed record Cs2csPoint(int Epsg, double LonDeg, double LatDeg, double EastingM, double NorthingM)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"EPSG:{Epsg} {LonDeg:F6},{LatDeg:F6}");
}

internal static class Cs2csFixture
{
    private static readonly Lazy<IReadOnlyList<Cs2csPoint>> Rows = new(Load);

    public static IReadOnlyList<Cs2csPoint> Points => Rows.Value;

    /// <summary>Every row as xunit theory data.</summary>
    public static TheoryData<Cs2csPoint> All()
    {
        var data = new TheoryData<Cs2csPoint>();
        foreach (var p in Points)
            data.Add(p);
        return data;
    }

    private static List<Cs2csPoint> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Geodesy", "Fixtures", "cs2cs_vn2000.csv");
        var inv = CultureInfo.InvariantCulture;
        return File.ReadLines(path)
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l =>
            {
                var f = l.Split(',');
                return new Cs2csPoint(
                    int.Parse(f[0], inv),
                    double.Parse(f[1], inv),
                    double.Parse(f[2], inv),
                    double.Parse(f[3], inv),
                    double.Parse(f[4], inv)
                );
            })
            .ToList();
    }
}

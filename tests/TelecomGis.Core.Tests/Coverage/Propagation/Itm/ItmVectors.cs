using System.Globalization;

namespace TelecomGis.Core.Tests.Coverage.Propagation.Itm;

/// <summary>Reads NTIA's ITM test vectors, copied into Vectors/ (see Vectors/SOURCE.md).</summary>
internal static class ItmVectors
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Coverage", "Propagation", "Itm", "Vectors", name);

    /// <summary>The data rows of a CSV with a header, as numbers.</summary>
    public static double[][] Rows(string name) =>
        File.ReadAllLines(PathOf(name)).Skip(1).Where(l => l.Trim().Length > 0).Select(Numbers).ToArray();

    /// <summary>A PFL line: intervals, spacing, then intervals + 1 elevations.</summary>
    public static (double[] Elevations, double SpacingM) Profile(string line)
    {
        var v = Numbers(line);
        var intervals = (int)v[0];
        Assert.Equal(intervals + 3, v.Length);
        return (v[2..], v[1]);
    }

    public static string[] ProfileLines(string name) => File.ReadAllLines(PathOf(name)).Where(l => l.Trim().Length > 0).ToArray();

    /// <summary>The "key  value" lines of an NTIA command-line output file.</summary>
    public static string ValueOf(string outputFile, string key)
    {
        var line = File.ReadAllLines(PathOf(outputFile)).First(l => l.StartsWith(key + " ", StringComparison.Ordinal));
        return line[key.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
    }

    public static double NumberOf(string outputFile, string key) => double.Parse(ValueOf(outputFile, key), CultureInfo.InvariantCulture);

    private static double[] Numbers(string line) =>
        line.Split(',').Select(s => double.Parse(s.Trim(), CultureInfo.InvariantCulture)).ToArray();
}

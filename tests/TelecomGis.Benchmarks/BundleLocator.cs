namespace TelecomGis.Benchmarks;

/// <summary>Finds data/quang-ninh by walking up from the working directory (BenchmarkDotNet runs from a generated folder).</summary>
internal static class BundleLocator
{
    public static string QuangNinh()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "quang-ninh");
            if (File.Exists(Path.Combine(candidate, "plan.json")))
                return candidate;
        }
        throw new DirectoryNotFoundException("data/quang-ninh not found above " + AppContext.BaseDirectory);
    }
}

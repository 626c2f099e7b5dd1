namespace TelecomGis.Storage.Tests;

/// <summary>Where the tests find the committed bundle and the real source data the generator reads.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string CommittedBundle => Path.Combine(RepositoryRoot, "data", "quang-ninh");

    /// <summary>
    /// The real sources (admin/, airports/): TELECOMGIS_SHARED_DATA, else shared/data in the checkout, else /work/shared/data.
    /// Null where none exists (a clean CI clone), and the tests that regenerate the bundle are skipped.
    /// </summary>
    public static string? SharedData { get; } = new[]
    {
        Environment.GetEnvironmentVariable("TELECOMGIS_SHARED_DATA"),
        Path.Combine(RepositoryRoot, "shared", "data"),
        "/work/shared/data",
    }.FirstOrDefault(d => !string.IsNullOrEmpty(d) && Directory.Exists(Path.Combine(d, "admin")));

    public static string NewTempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "telecomgis-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TelecomGis.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("TelecomGis.sln not found above the test binaries.");
    }
}

/// <summary>A fact that needs the real source data; skipped, with the reason, where it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (TestPaths.SharedData is null) Skip = "The real source data (shared/data or TELECOMGIS_SHARED_DATA) is not on this machine.";
    }
}

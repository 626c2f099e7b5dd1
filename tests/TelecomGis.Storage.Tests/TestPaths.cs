namespace TelecomGis.Storage.Tests;

/// <summary>Where the tests find the committed bundle and the real source data the generator reads.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string CommittedBundle => Path.Combine(RepositoryRoot, "data", "quang-ninh");

    /// <summary>The real public sources the generator reads (admin/, airports/), copied into the repository with their provenance.</summary>
    public static string SharedData => Path.Combine(RepositoryRoot, "data", "sources");

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
            if (File.Exists(Path.Combine(dir.FullName, "TelecomGis.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("TelecomGis.sln not found above the test binaries.");
    }
}

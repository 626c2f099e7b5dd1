namespace TelecomGis.Api.Hosting;

/// <summary>Where the service finds its plan bundle and keeps its files.</summary>
/// <param name="BundleFolder">The plan imported on first run (Plan:Bundle, default data/quang-ninh of the repository).</param>
/// <param name="StoreFile">The embedded GeoPackage store (Store:Path, default out/telecomgis.gpkg), when no PostgreSQL connection string is set.</param>
/// <param name="KeysFile">The hashed API keys (ApiKeys:Path, default out/api-keys.json).</param>
public sealed record ServicePaths(string BundleFolder, string StoreFile, string KeysFile, string StoreDescription)
{
    public static ServicePaths From(IConfiguration configuration)
    {
        var root = RepositoryRoot();
        var bundle = configuration["Plan:Bundle"] ?? Path.Combine(root, "data", "quang-ninh");
        var store = configuration["Store:Path"] ?? Path.Combine(root, "out", "telecomgis.gpkg");
        var keys = configuration["ApiKeys:Path"] ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(store))!, "api-keys.json");
        var description = configuration.GetConnectionString("Postgres") is { Length: > 0 }
            ? "PostGIS (ConnectionStrings:Postgres)"
            : $"GeoPackage {Path.GetFullPath(store)}";
        return new ServicePaths(Path.GetFullPath(bundle), Path.GetFullPath(store), Path.GetFullPath(keys), description);
    }

    /// <summary>The folder holding data/quang-ninh, looked for upwards from the working directory, then from the binaries.</summary>
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "data", "quang-ninh", "plan.json")))
                    return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}

using Microsoft.Extensions.FileProviders;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// Where the built web map lies: Map:Files if set, else the Api project's wwwroot (where TelecomGis.Web's Vite build writes it,
/// looked for upwards from the working directory and the binaries so `dotnet run` and the tests find the same files).
/// </summary>
public static class MapClientFiles
{
    public static string? Locate(IConfiguration configuration)
    {
        if (configuration["Map:Files"] is { Length: > 0 } configured)
            return Path.GetFullPath(configured);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "src", "TelecomGis.Api", "wwwroot");
                if (File.Exists(Path.Combine(candidate, "index.html")))
                    return candidate;
                if (File.Exists(Path.Combine(dir.FullName, "wwwroot", "index.html")))
                    return Path.Combine(dir.FullName, "wwwroot");
            }
        }
        return null;
    }

    /// <summary>Serves the map at / with its hashed assets; without a build, / says how to make one instead of a bare 404.</summary>
    public static void UseMapClient(this WebApplication app, string? folder)
    {
        if (folder is null)
        {
            app.MapGet("/", () =>
                    Results.Content(
                        "<!doctype html><meta charset=utf-8><title>TelecomGis</title><p>The web map is not built: run <code>dotnet build src/TelecomGis.Api</code> (it runs npm ci and the Vite build of src/TelecomGis.Web).</p>",
                        "text/html; charset=utf-8"
                    )
                )
                .ExcludeFromDescription();
            return;
        }
        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(
            new StaticFileOptions
            {
                FileProvider = files,
                // Vite names assets by content hash, so they never change; index.html must be asked for again each time.
                OnPrepareResponse = c =>
                    c.Context.Response.Headers.CacheControl =
                        c.File.Name == "index.html" ? "no-cache" : "public, max-age=31536000, immutable",
            }
        );
    }
}

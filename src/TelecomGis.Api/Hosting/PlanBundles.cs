namespace TelecomGis.Api.Hosting;

/// <summary>
/// <c>Plan:Bundles</c>: the plan bundle folders of a deployment that hosts several provinces (issue 12, item 5), one per
/// province, the default province first. Given as a configuration list (<c>--Plan:Bundles:0 data/quang-ninh --Plan:Bundles:1
/// data/hai-phong</c>, or an array in appsettings.json) or as one value separated by commas or semicolons
/// (<c>--Plan:Bundles data/quang-ninh,data/hai-phong</c>). Unset: the deployment hosts the one province of <c>Plan:Bundle</c>.
/// </summary>
public static class PlanBundles
{
    /// <summary>The listed folders as full paths; null when <c>Plan:Bundles</c> is not set.</summary>
    /// <exception cref="InvalidOperationException">A listed folder does not exist.</exception>
    public static IReadOnlyList<string>? Several(IConfiguration configuration)
    {
        var section = configuration.GetSection("Plan:Bundles");
        var listed = section.Value is { Length: > 0 } value
            ? value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().OrderBy(c => int.TryParse(c.Key, out var i) ? i : int.MaxValue).Select(c => c.Value).OfType<string>();
        var folders = listed.Where(f => f.Length > 0).Select(Path.GetFullPath).ToList();
        if (folders.Count == 0)
            return null;
        foreach (var folder in folders)
        {
            if (!File.Exists(Path.Combine(folder, "plan.json")))
                throw new InvalidOperationException($"Plan:Bundles names {folder}, which holds no plan bundle (no plan.json).");
        }
        return folders;
    }
}

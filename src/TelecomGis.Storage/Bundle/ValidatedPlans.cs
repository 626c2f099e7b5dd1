using System.Security.Cryptography;
using System.Text;
using NetTopologySuite.Operation.Valid;
using TelecomGis.Core.Planning;

namespace TelecomGis.Storage.Bundle;

/// <summary>
/// The plan bundles whose geometries this build has already found valid, remembered by version in a cache folder. A version
/// hashes every file of the bundle by name and bytes (<see cref="PlanVersion.FromInputs"/>), so a remembered version is the
/// same bytes read by the same code: checking them again must give the same answer. The OGC validity check of the province
/// and commune polygons is a third of a cold plan read (docs/PERFORMANCE.md), and every command of the CLI reads the plan
/// afresh. A bundle is remembered only after it was read whole without an error, so a broken bundle is reported every time.
/// </summary>
public sealed class ValidatedPlans
{
    /// <summary>The environment variable that moves the cache folder; "off" turns the memory off.</summary>
    public const string FolderVariable = "TELECOMGIS_CACHE_DIR";

    private readonly string _folder;

    /// <param name="cacheFolder">The program's cache folder; the memory keeps one subfolder per build inside "validated-plans".</param>
    public ValidatedPlans(string cacheFolder) => _folder = Path.Combine(cacheFolder, "validated-plans", Build);

    /// <summary>
    /// The user's cache: <c>$TELECOMGIS_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/telecomgis</c>, else <c>~/.cache/telecomgis</c>;
    /// null when the variable says "off" or there is no home folder (every read then checks every geometry).
    /// </summary>
    public static ValidatedPlans? ForThisUser()
    {
        var chosen = Environment.GetEnvironmentVariable(FolderVariable);
        if (string.Equals(chosen, "off", StringComparison.OrdinalIgnoreCase))
            return null;
        if (!string.IsNullOrWhiteSpace(chosen))
            return new ValidatedPlans(chosen);
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg))
            return new ValidatedPlans(Path.Combine(xdg, "telecomgis"));
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : new ValidatedPlans(Path.Combine(home, ".cache", "telecomgis"));
    }

    /// <summary>
    /// This build of the reader and of NetTopologySuite's validity check: a new build of either (a changed rule of what is valid)
    /// forgets every version, because the memory is kept per build.
    /// </summary>
    private static readonly string Build = Convert.ToHexStringLower(
        SHA256.HashData(
            Encoding.ASCII.GetBytes(
                $"{typeof(ValidatedPlans).Assembly.ManifestModule.ModuleVersionId:N}{typeof(IsValidOp).Assembly.ManifestModule.ModuleVersionId:N}"
            )
        )
    )[..16];

    public bool Knows(PlanVersion version) => File.Exists(Path.Combine(_folder, version.Hash));

    /// <summary>
    /// Remembers a version read whole and found valid. Best effort: a cache folder that cannot be written only means the next
    /// read checks again. Other builds' memories are let go here, so the folder holds this build's versions alone.
    /// </summary>
    public void Remember(PlanVersion version, string what)
    {
        try
        {
            Directory.CreateDirectory(_folder);
            var marker = Path.Combine(_folder, version.Hash);
            var temporary = $"{marker}.{Environment.ProcessId}.tmp";
            File.WriteAllText(temporary, what + "\n");
            File.Move(temporary, marker, overwrite: true);
            foreach (var other in Directory.EnumerateDirectories(Path.GetDirectoryName(_folder)!))
            {
                if (!string.Equals(Path.GetFileName(other), Build, StringComparison.Ordinal))
                    Directory.Delete(other, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing is lost: the memory only saves time.
        }
    }
}

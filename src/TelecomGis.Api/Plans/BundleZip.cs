using System.IO.Compression;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Api.Plans;

/// <summary>
/// A plan bundle sent as a .zip of its folder (data/README.md): the files beside plan.json, at the archive's root or in one folder.
/// Read at the edge into a temporary folder and through <see cref="PlanBundleReader"/>, so that an uploaded plan passes exactly the
/// checks a plan on disk does; anything wrong is a 400 naming the file (and, from the reader, the feature and property).
/// </summary>
public static class BundleZip
{
    /// <summary>The committed Quảng Ninh bundle is about 12 MB unpacked; these bounds leave room and stop a zip bomb.</summary>
    public const long MaxZipBytes = 64L * 1024 * 1024,
        MaxUnpackedBytes = 512L * 1024 * 1024;

    public const int MaxEntries = 200;

    private const int MaxNameLength = 100;

    private static readonly string[] BundleExtensions = [".geojson", ".json", ".csv"];

    /// <param name="zip">Seekable (the endpoint buffers the body, bounded by <see cref="MaxZipBytes"/>).</param>
    public static async Task<ProvincePlan> ReadAsync(Stream zip, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "telecomgis-plan-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await UnpackAsync(zip, folder, cancellationToken);
            try
            {
                return PlanBundleReader.Read(folder);
            }
            catch (PlanBundleException e)
            {
                throw RequestValidationException.For(
                    e.File ?? "file",
                    e.Message,
                    $"Gói quy hoạch không hợp lệ: {e.MessageVi ?? e.Message}"
                );
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task UnpackAsync(Stream zip, string folder, CancellationToken cancellationToken)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw Refused($"The body is not a zip archive: {e.Message}", "Tệp gửi lên không phải tệp zip.");
        }
        using (archive)
        {
            if (archive.Entries.Count > MaxEntries)
                throw Refused(
                    $"The zip holds {archive.Entries.Count} entries; a plan bundle has at most {MaxEntries}.",
                    "Tệp zip có quá nhiều tệp."
                );
            var plans = archive.Entries.Where(e => Name(e) == BundleFiles.Plan).ToList();
            if (plans.Count != 1)
            {
                throw plans.Count == 0
                    ? RequestValidationException.For(
                        BundleFiles.Plan,
                        "plan.json is missing from the zip: send the bundle folder (plan.json and its layers) zipped.",
                        "Thiếu plan.json trong tệp zip."
                    )
                    : Refused($"The zip holds {plans.Count} plan.json files: send one bundle.", "Tệp zip chứa nhiều gói quy hoạch.");
            }
            var root = Folder(plans[0]);
            long unpacked = 0;
            foreach (var entry in archive.Entries.Where(e => Folder(e) == root && Name(e).Length > 0))
            {
                var name = Name(entry);
                if (!BundleExtensions.Any(x => name.EndsWith(x, StringComparison.OrdinalIgnoreCase)))
                    continue;
                // The name is the entry's last segment and the folder is ours: nothing can be written outside it.
                // A bundle's file names are short (data/README.md); a name past MaxNameLength would only fail to be written.
                if (name is "." or ".." || name.Length > MaxNameLength || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
                    throw Refused($"The zip entry '{entry.FullName}' has an unusable name.", "Tên tệp trong zip không hợp lệ.");
                var target = Path.Combine(folder, name);
                if (File.Exists(target))
                    throw Refused($"The zip holds '{name}' twice.", "Tệp zip chứa một tệp hai lần.");
                try
                {
                    await using var input = entry.Open();
                    await using var output = File.Create(target);
                    // Counted as written, not as the entry declares: a forged header must not get past the bound.
                    var buffer = new byte[81920];
                    int read;
                    while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
                    {
                        unpacked += read;
                        if (unpacked > MaxUnpackedBytes)
                            throw Refused(
                                $"The bundle unpacks to more than {MaxUnpackedBytes / (1024 * 1024)} MB.",
                                "Gói quy hoạch quá lớn."
                            );
                        await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    }
                }
                catch (InvalidDataException e)
                {
                    throw RequestValidationException.For(name, $"{name} cannot be unpacked: {e.Message}", $"Không giải nén được {name}.");
                }
            }
        }
    }

    private static string Name(ZipArchiveEntry e) => e.FullName.Replace('\\', '/').Split('/')[^1];

    private static string Folder(ZipArchiveEntry e)
    {
        var path = e.FullName.Replace('\\', '/');
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    private static RequestValidationException Refused(string en, string vi) => RequestValidationException.For("file", en, vi);
}

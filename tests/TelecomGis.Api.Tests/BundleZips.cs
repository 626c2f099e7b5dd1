using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using TelecomGis.Storage.Tests;

namespace TelecomGis.Api.Tests;

/// <summary>Plan bundles zipped as a planner would upload them: the committed one, and edited copies.</summary>
public static class BundleZips
{
    private static readonly Lazy<byte[]> CommittedZip = new(() => Zip(TestPaths.CommittedBundle, folder: null));

    /// <summary>data/quang-ninh zipped flat (files at the archive's root).</summary>
    public static byte[] Committed => CommittedZip.Value;

    /// <summary>The committed bundle with every zone's maximum height set to <paramref name="maxHeightM"/>, zipped inside a folder.</summary>
    public static byte[] WithZoneHeights(double maxHeightM)
    {
        var copy = TestPaths.NewTempDir();
        try
        {
            foreach (var f in Directory.GetFiles(TestPaths.CommittedBundle))
                File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
            Edit(copy, "zones.geojson", z =>
            {
                foreach (var f in z["features"]!.AsArray())
                    f!["properties"]!["max_height_m"] = maxHeightM;
            });
            return Zip(copy, folder: $"quang-ninh-{maxHeightM}m");
        }
        finally
        {
            Directory.Delete(copy, true);
        }
    }

    /// <summary>The committed bundle with one edit to one file.</summary>
    public static byte[] Edited(string file, Action<JsonNode> edit)
    {
        var copy = TestPaths.NewTempDir();
        try
        {
            foreach (var f in Directory.GetFiles(TestPaths.CommittedBundle))
                File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
            Edit(copy, file, edit);
            return Zip(copy, folder: null);
        }
        finally
        {
            Directory.Delete(copy, true);
        }
    }

    /// <summary>The committed bundle with one text file (rules.csv) edited.</summary>
    public static byte[] EditedText(string file, Func<string, string> edit)
    {
        var copy = TestPaths.NewTempDir();
        try
        {
            foreach (var f in Directory.GetFiles(TestPaths.CommittedBundle))
                File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
            var path = Path.Combine(copy, file);
            File.WriteAllText(path, edit(File.ReadAllText(path)));
            return Zip(copy, folder: null);
        }
        finally
        {
            Directory.Delete(copy, true);
        }
    }

    /// <summary>A zip of the named entries and contents, as written.</summary>
    public static byte[] Of(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }
        return buffer.ToArray();
    }

    public static ByteArrayContent Content(byte[] zip)
    {
        var content = new ByteArrayContent(zip);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return content;
    }

    private static void Edit(string folder, string file, Action<JsonNode> edit)
    {
        var path = Path.Combine(folder, file);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        edit(node);
        File.WriteAllText(path, node.ToJsonString());
    }

    private static byte[] Zip(string source, string? folder)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var f in Directory.GetFiles(source).OrderBy(f => f, StringComparer.Ordinal))
                zip.CreateEntryFromFile(
                    f,
                    folder is null ? Path.GetFileName(f) : $"{folder}/{Path.GetFileName(f)}",
                    CompressionLevel.Fastest
                );
        }
        return buffer.ToArray();
    }
}

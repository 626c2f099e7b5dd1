using System.Globalization;
using System.IO.Compression;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Problems;
using TelecomGis.Storage.Import;

namespace TelecomGis.Api.Plans;

/// <summary>
/// <c>POST /api/plans/{version}/layers/{layer}</c>: the multipart upload of a department's file into one layer. The form's
/// <c>file</c> is the source (a Shapefile as its .shp with the .dbf, .prj and .cpg as more files of the form, or all of them
/// zipped); the fields <c>mapping</c> (the field mapping's JSON), <c>srs</c>, <c>encoding</c>, <c>source_layer</c>,
/// <c>skip_rejected</c> and <c>preview</c> say the rest, as the CLI's <c>import</c> options do. The files are written to a
/// temporary folder here, read by the handler, and the folder removed.
/// </summary>
public static class LayerUpload
{
    /// <summary>A province's layer fits well inside this; a zipped Shapefile of every commune is about 20 MB.</summary>
    public const long MaxUploadBytes = 64L * 1024 * 1024;

    private static readonly string[] SourceExtensions = [".shp", ".gpkg", ".kml", ".kmz", ".geojson", ".json", ".csv", ".xlsx"];
    private static readonly string[] SidecarExtensions = [".dbf", ".shx", ".prj", ".cpg"];

    public static async Task<Results<Created<LayerImportReport>, Ok<LayerImportReport>>> ImportLayerAsync(
        string version,
        string layer,
        HttpRequest request,
        ApiUser user,
        IMediator mediator,
        CancellationToken ct
    )
    {
        if (!request.HasFormContentType)
            throw RequestValidationException.For(
                "file",
                "Send the file as multipart/form-data (field 'file'; a Shapefile's .dbf, .prj and .cpg as more files, or all zipped).",
                "Gửi tệp dạng multipart/form-data (trường 'file')."
            );
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException e)
        {
            throw RequestValidationException.For(
                "file",
                $"The multipart body cannot be read: {e.Message}",
                "Không đọc được nội dung multipart."
            );
        }
        if (form.Files.Count == 0)
            throw RequestValidationException.For("file", "No file was sent (field 'file').", "Thiếu tệp (trường 'file').");

        var folder = Path.Combine(Path.GetTempPath(), "telecomgis-layer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var upload = Path.Combine(folder, "upload");
            Directory.CreateDirectory(upload);
            foreach (var file in form.Files)
                await SaveAsync(file, upload, ct);
            var source = ChooseSource(upload);
            var command = new ImportPlanLayer(
                user,
                version,
                layer,
                folder,
                source,
                form["mapping"].FirstOrDefault(),
                Srs(form["srs"].FirstOrDefault()),
                Encoding(form["encoding"].FirstOrDefault()),
                form["source_layer"].FirstOrDefault() is { Length: > 0 } s ? s : null,
                Flag(form["skip_rejected"].FirstOrDefault()),
                Flag(form["preview"].FirstOrDefault())
            );
            var report = await mediator.Send(command, ct);
            return report.Version is { } created ? TypedResults.Created($"/api/plans/{created.Version}", report) : TypedResults.Ok(report);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task SaveAsync(IFormFile file, string folder, CancellationToken ct)
    {
        var name = SafeName(file.FileName);
        if (Path.GetExtension(name).Equals(".zip", StringComparison.OrdinalIgnoreCase))
        {
            await using var stream = file.OpenReadStream();
            try
            {
                using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
                long unpacked = 0;
                foreach (var entry in zip.Entries.Where(e => e.Name.Length > 0))
                {
                    var entryName = SafeName(entry.Name);
                    var extension = Path.GetExtension(entryName).ToLowerInvariant();
                    if (!SourceExtensions.Contains(extension) && !SidecarExtensions.Contains(extension))
                        continue;
                    unpacked += entry.Length;
                    if (unpacked > 4 * MaxUploadBytes)
                        throw RequestValidationException.For("file", "The zip unpacks to too much.", "Tệp zip giải nén ra quá lớn.");
                    await using var input = entry.Open();
                    await using var output = File.Create(Path.Combine(folder, entryName));
                    await input.CopyToAsync(output, ct);
                }
            }
            catch (InvalidDataException e)
            {
                throw RequestValidationException.For("file", $"The zip cannot be read: {e.Message}", "Không đọc được tệp zip.");
            }
            return;
        }
        await using (var output = File.Create(Path.Combine(folder, name)))
            await file.CopyToAsync(output, ct);
    }

    /// <summary>The one source among the files: a .shp first (its sidecars beside it), else the only file of a readable type.</summary>
    private static string ChooseSource(string folder)
    {
        var files = Directory.EnumerateFiles(folder).ToList();
        var shp = files.FirstOrDefault(f => Path.GetExtension(f).Equals(".shp", StringComparison.OrdinalIgnoreCase));
        if (shp is not null)
            return shp;
        var sources = files.Where(f => SourceExtensions.Contains(Path.GetExtension(f).ToLowerInvariant())).ToList();
        return sources.Count switch
        {
            1 => sources[0],
            0 => throw RequestValidationException.For(
                "file",
                $"No file of a type that can be imported ({ImportSource.Extensions}).",
                $"Không có tệp thuộc dạng nhập được ({ImportSource.Extensions})."
            ),
            _ => throw RequestValidationException.For("file", "Send one source file per upload.", "Mỗi lần chỉ gửi một tệp nguồn."),
        };
    }

    private static string SafeName(string name)
    {
        var last = Path.GetFileName(name.Replace('\\', '/').Split('/')[^1]);
        if (last.Length is 0 or > 120 || last is "." or ".." || last.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            throw RequestValidationException.For("file", $"The file name '{name}' cannot be used.", "Tên tệp không dùng được.");
        return last;
    }

    private static int? Srs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var t = text.Trim();
        if (t.StartsWith("EPSG:", StringComparison.OrdinalIgnoreCase))
            t = t[5..];
        return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && SourceCrs.IsKnown(code)
            ? code
            : throw RequestValidationException.For(
                "srs",
                $"'{text}' is not EPSG:4326, EPSG:4756 or a VN-2000 system.",
                $"\"{text}\" không phải EPSG:4326, EPSG:4756 hay một hệ VN-2000."
            );
    }

    private static SourceEncoding Encoding(string? text) =>
        string.IsNullOrWhiteSpace(text) ? SourceEncoding.Auto
        : VietnameseText.TryParse(text, out var e) ? e
        : throw RequestValidationException.For(
            "encoding",
            $"'{text}' is not auto, utf-8, tcvn3, vni or 1258.",
            $"\"{text}\" không phải auto, utf-8, tcvn3, vni hay 1258."
        );

    private static bool Flag(string? text) => text is not null && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1");
}
